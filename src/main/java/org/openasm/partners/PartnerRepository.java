package org.openasm.partners;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {

	List<Partner> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<Partner> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceId(Long workspaceId);
}
