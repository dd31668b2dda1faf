package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LicenceCategoryRepository extends JpaRepository<LicenceCategory, Long> {

	List<LicenceCategory> findByWorkspaceIdOrderByNameAscIdAsc(Long workspaceId);

	Optional<LicenceCategory> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
