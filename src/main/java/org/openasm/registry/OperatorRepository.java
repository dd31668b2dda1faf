package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OperatorRepository extends JpaRepository<Operator, Long> {

	String FACTS = "select new org.openasm.registry.OperatorFacts(o.id, o.kind, o.name, o.nationalId, o.registrationNumber, o.gender, o.birthYear, o.citizenship, o.residenceAreaId, o.review) from Operator o";

	String WHERE_SEARCH = " where o.workspaceId = :ws and (:kind is null or o.kind = :kind) and (:review is null or o.review = :review)"
			+ " and (:q is null or o.nameKey like :qKey or o.nationalId = :q or o.registrationNumber = :q)";

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
	@Query(value = FACTS + WHERE_SEARCH, countQuery = "select count(o) from Operator o" + WHERE_SEARCH)
	Page<OperatorFacts> search(@Param("ws") long workspaceId, @Param("q") String q, @Param("qKey") String qKey, @Param("kind") OperatorKind kind,
			@Param("review") OperatorReview review, Pageable page);

	/** The operators of these ids, as facts (without their photos). */
	@Query(FACTS + " where o.workspaceId = :ws and o.id in :ids")
	List<OperatorFacts> factsOf(@Param("ws") long workspaceId, @Param("ids") java.util.Collection<Long> ids);

	@Query(FACTS + " where o.workspaceId = :ws and o.review = :review order by o.id")
	List<OperatorFacts> withReview(@Param("ws") long workspaceId, @Param("review") OperatorReview review);

	@Query("select o.similarToId from Operator o where o.workspaceId = :ws and o.id = :id")
	Long similarToIdOf(@Param("ws") long workspaceId, @Param("id") long id);

	/** The licences an operator holds or held, newest first (read here so the operator page needs nothing from the licensing code). */
	@Query("select l from Licence l where l.workspaceId = :ws and l.holderId = :holder order by l.startsOn desc, l.id desc")
	List<Licence> licencesHeldBy(@Param("ws") long workspaceId, @Param("holder") long holderId);

	/** An operator's id and name key. */
	record NameKey(long id, String key) {
	}
}
