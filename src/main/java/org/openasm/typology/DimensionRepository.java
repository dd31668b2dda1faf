package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DimensionRepository extends JpaRepository<CustomDimension, Long> {

	List<CustomDimension> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<CustomDimension> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
