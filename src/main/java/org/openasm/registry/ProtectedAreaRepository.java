package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProtectedAreaRepository extends JpaRepository<ProtectedArea, Long> {

	Page<ProtectedArea> findByWorkspaceIdOrderByNameAscIdAsc(Long workspaceId, Pageable page);

	List<ProtectedArea> findByWorkspaceIdOrderByNameAscIdAsc(Long workspaceId);

	Optional<ProtectedArea> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceIdAndNameIgnoreCaseAndIdNot(Long workspaceId, String name, Long id);

	boolean existsByWorkspaceIdAndNameIgnoreCase(Long workspaceId, String name);

	long countByWorkspaceId(Long workspaceId);
}
