package org.openasm.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionRepository extends JpaRepository<Sanction, Long> {

	List<Sanction> findByCaseIdOrderByImposedAtAscIdAsc(Long caseId);
}
