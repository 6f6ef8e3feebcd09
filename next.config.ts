import type { NextConfig } from "next";

// A folder of static files (out/) that any static host or CDN can serve, far from a
// council's compromised systems. scripts/post-export.ts then strips the framework's
// JavaScript and precompresses every file.
const nextConfig: NextConfig = {
  output: "export",
  // With output: "export", distDir is where the export goes. scripts/build.ts points it
  // at a staging folder and swaps that in only when every step has succeeded.
  ...(process.env.NEXT_OUT_DIR ? { distDir: process.env.NEXT_OUT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once by `npm run typecheck` (part of npm test), not again in every
  // build: a comms officer's publish should not wait for the compiler.
  typescript: { ignoreBuildErrors: true },
  // The static-generation workers start without source-map support: nothing runs in them
  // that a stack trace would help a comms officer with (content errors name file and line).
  enablePrerenderSourceMaps: false,
  experimental: {
    // Two cores: one static-generation worker per core is plenty and keeps memory flat.
    cpus: 2,
    // Next measures the gzip size of every page's prefetch segments to decide which to
    // bundle for its client router (about a tenth of each worker's time). The site ships
    // no client router (post-export removes it), so nothing is measured.
    prefetchInlining: false,
    // Turbopack's build cache (on by default in 16.4) costs more than it saves here: a
    // full build of 100 updates took 42–46 s with it (compile 22–24 s with a warm cache,
    // then 13–15 s writing 1.8 GB of cache, peak RSS 3.0–3.2 GB) and 21 s without it
    // (compile 9 s, peak RSS 0.7 GB), on 2 cores. A publish that only changes content
    // does not compile at all (scripts/next-build.ts).
    turbopackFileSystemCacheForBuild: false,
  },
};

export default nextConfig;
