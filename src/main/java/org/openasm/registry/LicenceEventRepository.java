package org.openasm.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LicenceEventRepository extends JpaRepository<LicenceEvent, Long> {

	List<LicenceEvent> findByLicenceIdOrderByOccurredAtAscIdAsc(Long licenceId);
}
