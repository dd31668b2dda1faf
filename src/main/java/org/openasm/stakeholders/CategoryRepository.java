package org.openasm.stakeholders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<Category> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceIdAndNameIgnoreCase(Long workspaceId, String name);
}
