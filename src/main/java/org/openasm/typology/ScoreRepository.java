package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRepository extends JpaRepository<Score, Long> {

	List<Score> findByWorkspaceId(Long workspaceId);

	Optional<Score> findByTypeIdAndCriterionId(Long typeId, Long criterionId);

	List<Score> findByTypeId(Long typeId);

	List<Score> findByCriterionId(Long criterionId);
}
