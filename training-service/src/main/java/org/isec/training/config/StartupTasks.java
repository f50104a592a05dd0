package org.isec.training.config;

import org.isec.training.domain.courses.EthicsCourse;
import org.isec.training.domain.enrolment.Enrollment;
import org.isec.training.domain.hub.Article;
import org.isec.training.domain.hub.ArticleSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Unique indexes and the seeded content (ethics course, hub articles), idempotent. Tried at start-up; if MongoDB
 * is not reachable yet the service still starts and a background retry finishes the job.
 */
@Component
class StartupTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final MongoTemplate mongo;
    private final EthicsCourse ethicsCourse;
    private final ArticleSeeds articles;
    private volatile boolean done;

    StartupTasks(MongoTemplate mongo, EthicsCourse ethicsCourse, ArticleSeeds articles) {
        this.mongo = mongo;
        this.ethicsCourse = ethicsCourse;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        runOnce();
    }

    @Scheduled(initialDelay = 10_000, fixedDelay = 10_000)
    void retry() {
        if (!done) {
            runOnce();
        }
    }

    private synchronized void runOnce() {
        if (done) {
            return;
        }
        try {
            ensureIndexes();
            boolean published = ethicsCourse.seed();
            int inserted = articles.seed();
            done = true;
            log.info("training data ready (ethics course {}, {} hub article(s) added)",
                    published ? "published" : "present", inserted);
        } catch (RuntimeException e) {
            log.warn("could not prepare training data yet, retrying in 10 s: {}", e.toString());
        }
    }

    private void ensureIndexes() {
        // One live enrolment per person and course; cancelled ones drop the key and leave the sparse index.
        mongo.indexOps(Enrollment.class).createIndex(new Index().on("activeKey", Sort.Direction.ASC).unique()
                .sparse().named("one_live_enrolment_per_person"));
        mongo.indexOps(Enrollment.class).createIndex(new Index()
                .on("certificate.verificationCode", Sort.Direction.ASC).unique().sparse()
                .named("certificate_code"));
        mongo.indexOps(Article.class).createIndex(new Index().on("slug", Sort.Direction.ASC).unique()
                .named("article_slug"));
    }
}
