package org.openasm.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TypeStrategyRepository extends JpaRepository<TypeStrategy, Long> {

	List<TypeStrategy> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<TypeStrategy> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<TypeStrategy> findByWorkspaceIdAndTypeId(Long workspaceId, Long typeId);

	List<TypeStrategy> findByWorkspaceIdAndLicenceCategoryId(Long workspaceId, Long licenceCategoryId);
}
