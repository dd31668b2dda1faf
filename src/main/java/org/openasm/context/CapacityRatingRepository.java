package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityRatingRepository extends JpaRepository<CapacityRating, Long> {

	List<CapacityRating> findByWorkspaceId(Long workspaceId);

	Optional<CapacityRating> findByWorkspaceIdAndAgencyIdAndFunction(Long workspaceId, Long agencyId, CapacityFunction function);

	boolean existsByFunction(CapacityFunction function);
}
