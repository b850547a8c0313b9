#!/usr/bin/env node
// The `coso` command: runs the TypeScript command-line tool through tsx.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
