package org.openasm.geo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<AdministrativeArea, Long> {

	List<AdministrativeArea> findByWorkspaceIdOrderByPath(Long workspaceId);

	Optional<AdministrativeArea> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceIdAndParentIdAndNameIgnoreCase(Long workspaceId, Long parentId, String name);

	boolean existsByWorkspaceIdAndParentIdIsNullAndNameIgnoreCase(Long workspaceId, String name);

	boolean existsByWorkspaceIdAndCodeIgnoreCase(Long workspaceId, String code);
}
