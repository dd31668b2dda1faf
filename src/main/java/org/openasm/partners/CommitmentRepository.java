package org.openasm.partners;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	List<Commitment> findByWorkspaceIdOrderByYearFromAscIdAsc(Long workspaceId);

	List<Commitment> findByPartnerOrderByYearFromAscIdAsc(Partner partner);

	Optional<Commitment> findByIdAndPartner(Long id, Partner partner);
}
