/**
 * Loaded with `node --import` by the benchmark: when the process ends, writes to
 * PEAK_MEMORY_FILE its peak resident memory, the peak size of its JavaScript heap (sampled every
 * 100 ms) and the heap's limit, so the benchmark reports the build's memory against what Node
 * allows, without a platform tool such as /usr/bin/time.
 */
import { writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

const file = process.env.PEAK_MEMORY_FILE;
if (file) {
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size));
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    writeFileSync(
      file,
      JSON.stringify({
        rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        heapMb: mb(peakHeap),
        heapLimitMb: mb(getHeapStatistics().heap_size_limit),
      }),
    );
  });
}
