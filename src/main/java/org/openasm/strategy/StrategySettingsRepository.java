package org.openasm.strategy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrategySettingsRepository extends JpaRepository<StrategySettings, Long> {

	Optional<StrategySettings> findByWorkspaceId(Long workspaceId);
}
