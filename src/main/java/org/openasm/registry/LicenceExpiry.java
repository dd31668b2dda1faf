package org.openasm.registry;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Expires licences whose end date has passed: every night shortly after midnight, and once when the
 * application starts (an instance that was down at midnight catches up). Doing it in a job rather than
 * when the licence list is read keeps reads read-only and the history's EXPIRED line dated the day
 * after the end date; between midnight and the job the list already shows the end date passed. Each
 * workspace expires in its own transaction under its lock, so instances running the job together
 * expire each licence once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LicenceExpiry {

	private static final Logger log = LoggerFactory.getLogger(LicenceExpiry.class);

	private final Licensing licensing;

	private final Clock clock;

	LicenceExpiry(Licensing licensing, Clock clock) {
		this.licensing = licensing;
		this.clock = clock;
	}

	@Scheduled(cron = "${openasm.registry.expiry-cron:0 10 0 * * *}")
	void nightly() {
		expireAll(LocalDate.now(clock));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		expireAll(LocalDate.now(clock));
	}

	int expireAll(LocalDate today) {
		int expired = 0;
		for (long ws : licensing.workspacesWithDue(today)) {
			expired += licensing.expireDue(ws, today);
		}
		if (expired > 0) {
			log.info("{} licences expired (end date before {})", expired, today);
		}
		return expired;
	}
}
