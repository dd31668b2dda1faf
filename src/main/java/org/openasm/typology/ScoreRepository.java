package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRepository extends JpaRepository<Score, Long> {

	List<Score> findByWorkspaceId(Long workspaceId);nntOptional<Score> findByTypeIdAndCriterionId(Long typeId, Long criterionId);nntList<Score> findByTypeId(Long typeId);nntList<Score> findByCriterionId(Long criterionId);
}
