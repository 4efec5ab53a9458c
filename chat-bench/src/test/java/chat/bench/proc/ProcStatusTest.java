package chat.bench.proc;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatusTest {

    @Test
    void readsCurrentAndPeakResidentMemoryInKib() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t   65432 kB\nVmRSS:\t   54321 kB\nThreads:\t19\n";
        assertThat(ProcStatus.parse(status)).isEqualTo(new ProcStatus(54_321, 65_432));
    }

    @Test
    void readsThisProcessFromProc() throws IOException {
        ProcStatus self = ProcStatus.read(ProcessHandle.current().pid());
        assertThat(self.rssKib()).isPositive();
        assertThat(self.peakRssKib()).isGreaterThanOrEqualTo(self.rssKib());
    }

    @Test
    void sumsTheGenerationsOfASerialHeapReport() {
        String serial = """
                 def new generation   total 4928K, used 1234K [0x00000000fc000000, 0x00000000fc550000)
                  eden space 4416K,  27% used [0x00000000fc000000, 0x00000000fc450000)
                 tenured generation   total 10944K, used 766K [0x00000000fd550000, 0x00000000fe000000)
                 Metaspace       used 6000K, committed 6200K, reserved 1056768K
                """;
        assertThat(HeapInfo.parseUsedKib(serial)).isEqualTo(2_000);
    }

    @Test
    void readsTheWholeHeapOfAG1Report() {
        String g1 = " garbage-first heap   total 262144K, used 20480K [0x0000000708000000, 0x0000000800000000)\n"
                + "  region size 1024K, 5 young (5120K), 0 survivors (0K)\n";
        assertThat(HeapInfo.parseUsedKib(g1)).isEqualTo(20_480);
    }

    @Test
    void addsUserAndSystemTicksFromStatEvenWhenTheCommandHasSpaces() {
        String stat = "4242 (java (server) x) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 50 0 0 20 0 30 0 1 2 3";
        assertThat(ProcStatus.parseCpuNanos(stat)).isEqualTo(300 * 10_000_000L);
    }

    @Test
    void measuresTheCpuTimeOfThisProcess() throws IOException {
        assertThat(ProcStatus.cpuNanos(ProcessHandle.current().pid())).isPositive();
    }
}
