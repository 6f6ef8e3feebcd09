/**
 * Preloaded with `node --require` (through NODE_OPTIONS) to prove a command needs no
 * network: every attempt to reach a host other than this machine (a DNS lookup, a TCP
 * or UDP socket, and so fetch and http, which use them) fails at once and is written
 * to the file named by NO_NETWORK_LOG. Loopback and local sockets still work (Next's
 * compiler talks to its own workers over them). Used by the tests and `npm run
 * build:offline`; never by the site itself.
 */
"use strict";
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");
const dgram = require("node:dgram");

const LOG = process.env.NO_NETWORK_LOG;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3}|0\.0\.0\.0|::)$/i;

function record(what, target) {
  const line = `${process.pid} ${process.argv.slice(1, 3).join(" ")}: ${what} ${target}\n`;
  if (LOG) {
    try {
      fs.appendFileSync(LOG, line);
    } catch {
      // The error below still stops the attempt.
    }
  }
  const error = new Error(`no network here: ${what} ${target} was refused (scripts/offline/no-network.cjs)`);
  error.code = "ENETUNREACH";
  return error;
}

const isLocal = (host) => host === undefined || host === null || host === "" || LOOPBACK.test(String(host).replace(/^\[|\]$/g, ""));

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  let host;
  let port;
  if (options && typeof options === "object") {
    if (options.path) return connect.apply(this, args); // a Unix socket or pipe
    host = options.host;
    port = options.port;
  } else if (typeof first === "string" && !/^\d+$/.test(first)) {
    return connect.apply(this, args); // a Unix socket path
  } else {
    port = first;
    host = typeof args[1] === "string" ? args[1] : undefined;
  }
  if (isLocal(host)) return connect.apply(this, args);
  const error = record("connect", `${host}:${port}`);
  process.nextTick(() => this.destroy(error));
  return this;
};

for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveTxt", "resolveSrv"]) {
  const original = dns[name];
  if (typeof original !== "function") continue;
  dns[name] = function (host, ...rest) {
    if (name === "lookup" && isLocal(host)) return original.call(this, host, ...rest);
    const callback = rest.find((a) => typeof a === "function");
    const error = record(`dns.${name}`, host);
    if (callback) process.nextTick(() => callback(error));
    else throw error;
  };
  const promised = dns.promises[name];
  if (typeof promised === "function") {
    dns.promises[name] = function (host, ...rest) {
      if (name === "lookup" && isLocal(host)) return promised.call(this, host, ...rest);
      return Promise.reject(record(`dns.promises.${name}`, host));
    };
  }
}

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function (...args) {
  const address = args.find((a, i) => i > 0 && typeof a === "string");
  if (isLocal(address)) return send.apply(this, args);
  throw record("udp", address);
};
