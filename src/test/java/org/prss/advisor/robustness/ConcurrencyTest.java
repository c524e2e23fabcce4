package org.prss.advisor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;

/** Many threads assessing the samples at once give exactly what one thread gives. */
class ConcurrencyTest {

    private static List<Submission> samples(Advisor advisor) throws Exception {
        List<Submission> samples = new ArrayList<>();
        for (String s : List.of(
                "jail-planning.yaml",
                "treatment-court-operating.json",
                "butler-county-jail.json",
                "role-troublesome-duties.yaml")) {
            samples.add(advisor.reader().read(Path.of("samples", s)));
        }
        return samples;
    }

    @Test
    void manyThreadsGiveTheSameResultsAsOne() throws Exception {
        Advisor advisor = TestAdvisor.get();
        List<Submission> samples = samples(advisor);
        List<String> expected = samples.stream()
                .map(s -> AssessmentJson.toJson(advisor.assess(s, TestAdvisor.AS_OF)))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                Submission s = samples.get(i % samples.size());
                results.add(pool.submit(() -> AssessmentJson.toJson(advisor.assess(s, TestAdvisor.AS_OF))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % samples.size()), results.get(i).get(), "result " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void workbooksWrittenAtOnceByOneWriterHoldWhatOneThreadWrites() throws Exception {
        Advisor advisor = TestAdvisor.get();
        AssessmentWorkbook workbooks = new AssessmentWorkbook(advisor.knowledge());
        List<Submission> samples = samples(advisor);
        List<Map<String, String>> expected = new ArrayList<>();
        for (Submission s : samples) {
            expected.add(parts(workbook(workbooks, advisor, s)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Submission s = samples.get(i % samples.size());
                results.add(pool.submit(() -> workbook(workbooks, advisor, s)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(
                        expected.get(i % samples.size()), parts(results.get(i).get()), "workbook " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] workbook(AssessmentWorkbook workbooks, Advisor advisor, Submission s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(advisor.assess(s, TestAdvisor.AS_OF), s, out);
        return out.toByteArray();
    }

    /** Every part of the workbook package by name, except the creation time in the core properties. */
    private static Map<String, String> parts(byte[] workbook) throws Exception {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.getName().equals("docProps/core.xml")) {
                    parts.put(
                            entry.getName(),
                            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
