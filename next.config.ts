import type { NextConfig } from "next";

// A folder of static files (out/) that any static host or CDN can serve, far from a
// council's compromised systems. scripts/post-export.ts then strips the framework's
// JavaScript and precompresses every file.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Two cores: one static-generation worker per core is plenty and keeps memory flat.
  experimental: { cpus: 2 },
};

export default nextConfig;
