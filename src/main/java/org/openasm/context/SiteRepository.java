package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<MineSite, Long> {

	List<MineSite> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<MineSite> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
