package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OperatorRepository extends JpaRepository<Operator, Long> {

	Optional<Operator> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<Operator> findByWorkspaceIdAndNationalId(Long workspaceId, String nationalId);

	Optional<Operator> findByWorkspaceIdAndRegistrationNumber(Long workspaceId, String registrationNumber);

	long countByWorkspaceId(Long workspaceId);

	long countByWorkspaceIdAndReview(Long workspaceId, OperatorReview review);

	/** Name keys of the operators of one kind living in one area (null: no area), for the near-identical name rule. */
	@Query("select new org.openasm.registry.OperatorRepository$NameKey(o.id, o.nameKey) from Operator o where o.workspaceId = :ws"
			+ " and o.kind = :kind and ((:area is null and o.residenceAreaId is null) or o.residenceAreaId = :area)")
	List<NameKey> nameKeys(@Param("ws") long workspaceId, @Param("kind") OperatorKind kind, @Param("area") Long areaId);

	/** The list page: q matches the name key, national ID or registration number; kind and review are optional. */
	@Query("select o from Operator o where o.workspaceId = :ws and (:kind is null or o.kind = :kind) and (:review is null or o.review = :review)"
			+ " and (:q is null or o.nameKey like :qKey or o.nationalId = :q or o.registrationNumber = :q)")
	Page<Operator> search(@Param("ws") long workspaceId, @Param("q") String q, @Param("qKey") String qKey, @Param("kind") OperatorKind kind,
			@Param("review") OperatorReview review, Pageable page);

	List<Operator> findByWorkspaceIdAndReviewOrderByIdAsc(Long workspaceId, OperatorReview review);

	List<Operator> findByWorkspaceIdAndIdIn(Long workspaceId, java.util.Collection<Long> ids);

	/** An operator's id and name key. */
	record NameKey(long id, String key) {
	}
}
