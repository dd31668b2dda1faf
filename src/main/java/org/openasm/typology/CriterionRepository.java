package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

	List<Criterion> findByWorkspaceIdOrderBySortOrderAscIdAsc(Long workspaceId);

	Optional<Criterion> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
