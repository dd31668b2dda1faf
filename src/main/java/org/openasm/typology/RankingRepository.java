package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RankingRepository extends JpaRepository<RecordedRanking, Long> {

	Optional<RecordedRanking> findFirstByWorkspaceIdOrderByIdDesc(Long workspaceId);
}
