package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorTypeRepository extends JpaRepository<SectorType, Long> {

	List<SectorType> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<SectorType> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
