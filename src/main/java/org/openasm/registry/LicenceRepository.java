package org.openasm.registry;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<Licence> findByWorkspaceIdAndNumber(Long workspaceId, String number);
}
