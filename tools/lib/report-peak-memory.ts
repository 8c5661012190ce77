/**
 * Loaded with `node --import` by the benchmark: when the process ends, writes its peak resident
 * memory (KB) to PEAK_MEMORY_FILE, so the benchmark reports the build's memory without a
 * platform tool such as /usr/bin/time.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.PEAK_MEMORY_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
