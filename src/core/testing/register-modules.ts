import "../../modules.ts";
