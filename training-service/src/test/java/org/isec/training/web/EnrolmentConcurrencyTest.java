package org.isec.training.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.DocumentContext;
import org.bson.Document;
import org.isec.devstack.junit.WithInfrastructure;
import org.isec.training.TrainingApi;
import org.isec.training.Tokens.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.training.Tokens.member;
import static org.isec.training.Tokens.trainer;

/** Hundreds of learners at once against the real wire server: the capacity holds and the queue is fair. */
@SpringBootTest
@AutoConfigureMockMvc
@WithInfrastructure
class EnrolmentConcurrencyTest {

    static final int SEATS = 20;
    static final int LEARNERS = 200;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    record Enrolled(Person learner, String id, String status, Integer position) {
    }

    @Test
    void twoHundredConcurrentEnrolmentsForTwentySeatsConfirmTwentyAndQueueTheRestInArrivalOrder() throws Exception {
        TrainingApi api = new TrainingApi(mvc);
        String course = api.publishCourse(trainer(Person.newStaff("Teacher")), TrainingApi.inPersonCourse(SEATS));
        List<Person> learners = IntStream.range(0, LEARNERS).mapToObj(i -> Person.newMember("Learner " + i)).toList();

        List<Enrolled> results = concurrently(learners.stream().map(p -> (Callable<Enrolled>) () -> {
            DocumentContext json = api.enrol(member(p), course);
            return new Enrolled(p, json.read("$.id"), json.read("$.status"), json.read("$.waitlistPosition"));
        }).toList());

        Map<String, List<Enrolled>> byStatus = results.stream().collect(Collectors.groupingBy(Enrolled::status));
        assertThat(byStatus.get("CONFIRMED")).hasSize(SEATS);
        assertThat(byStatus.get("WAITLISTED")).hasSize(LEARNERS - SEATS);
        // Each waiting learner was told a distinct place: 1..180, no gaps, no duplicates.
        assertThat(byStatus.get("WAITLISTED").stream().map(Enrolled::position).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, LEARNERS - SEATS).boxed().toList());

        Document ledger = mongo.findById(course, Document.class, "course_seats");
        assertThat(ledger.getInteger("free")).isZero();
        assertThat(ledger.getList("holders", String.class)).hasSize(SEATS);
        List<String> queue = ledger.getList("queue", String.class);
        // The order they were told is the order they wait in.
        List<String> toldOrder = byStatus.get("WAITLISTED").stream()
                .sorted((a, b) -> Integer.compare(a.position(), b.position())).map(Enrolled::id).toList();
        assertThat(queue).isEqualTo(toldOrder);
        for (Enrolled waiting : byStatus.get("WAITLISTED").subList(0, 5)) {
            assertThat(api.enrollment(member(waiting.learner()), waiting.id()).read("$.waitlistPosition", Integer.class))
                    .isEqualTo(waiting.position());
        }

        // Three seated learners cancel at once, while the fourth in line gives up: the first three are promoted.
        Map<Integer, Enrolled> byPosition = byStatus.get("WAITLISTED").stream()
                .collect(Collectors.toMap(Enrolled::position, e -> e));
        List<Enrolled> leaving = new ArrayList<>(byStatus.get("CONFIRMED").subList(0, 3));
        leaving.add(byPosition.get(4));
        concurrently(leaving.stream().map(e -> (Callable<Object>) () -> api.cancel(member(e.learner()), e.id()))
                .toList());

        for (int position = 1; position <= 3; position++) {
            Enrolled promoted = byPosition.get(position);
            var now = api.enrollment(member(promoted.learner()), promoted.id());
            assertThat(now.read("$.status", String.class)).isEqualTo("CONFIRMED");
            assertThat(now.read("$.promotedFromWaitlist", Boolean.class)).isTrue();
        }
        Enrolled fifth = byPosition.get(5);
        assertThat(api.enrollment(member(fifth.learner()), fifth.id()).read("$.waitlistPosition", Integer.class))
                .isEqualTo(1);
        Document after = mongo.findById(course, Document.class, "course_seats");
        assertThat(after.getList("holders", String.class)).hasSize(SEATS);
        assertThat(after.getList("queue", String.class)).hasSize(LEARNERS - SEATS - 4);
        assertThat(after.getInteger("free")).isZero();
    }

    @Test
    void seatsFreedWhileNewcomersArriveGoToThoseAlreadyWaiting() throws Exception {
        TrainingApi api = new TrainingApi(mvc);
        String course = api.publishCourse(trainer(Person.newStaff("Teacher")), TrainingApi.inPersonCourse(10));
        List<Person> early = IntStream.range(0, 30).mapToObj(i -> Person.newMember("Early " + i)).toList();
        List<Enrolled> first = concurrently(early.stream().map(p -> (Callable<Enrolled>) () -> {
            DocumentContext json = api.enrol(member(p), course);
            return new Enrolled(p, json.read("$.id"), json.read("$.status"), json.read("$.waitlistPosition"));
        }).toList());
        List<Enrolled> seated = first.stream().filter(e -> e.status().equals("CONFIRMED")).toList();
        List<String> queueBefore = mongo.findById(course, Document.class, "course_seats").getList("queue", String.class);

        // Five cancel while forty newcomers enrol, all at the same time.
        List<Callable<Object>> burst = new ArrayList<>();
        seated.subList(0, 5).forEach(e -> burst.add(() -> api.cancel(member(e.learner()), e.id())));
        IntStream.range(0, 40).forEach(i -> burst.add(() -> api.enrol(member(Person.newMember("Late " + i)), course)));
        Collections.shuffle(burst);
        concurrently(burst);

        Document ledger = mongo.findById(course, Document.class, "course_seats");
        List<String> holders = ledger.getList("holders", String.class);
        assertThat(holders).hasSize(10);
        assertThat(ledger.getInteger("free")).isZero();
        // The five freed seats went to the first five who were already waiting, none to a newcomer.
        assertThat(holders).containsAll(queueBefore.subList(0, 5));
        assertThat(ledger.getList("queue", String.class).subList(0, queueBefore.size() - 5))
                .isEqualTo(queueBefore.subList(5, queueBefore.size()));
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(64, tasks.size()));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
