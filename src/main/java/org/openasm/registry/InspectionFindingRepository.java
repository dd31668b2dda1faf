package org.openasm.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

	List<InspectionFinding> findByInspectionIdOrderByIdAsc(Long inspectionId);
}
