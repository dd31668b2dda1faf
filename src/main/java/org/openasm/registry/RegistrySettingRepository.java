package org.openasm.registry;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RegistrySettingRepository extends JpaRepository<RegistrySetting, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from RegistrySetting s where s.workspaceId = ?1")
	Optional<RegistrySetting> lockByWorkspaceId(Long workspaceId);
}
