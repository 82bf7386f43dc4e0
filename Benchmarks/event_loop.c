/* event_loop FILE
 *
 * Second floor for pfplan's performance comparisons, in C: read the whole
 * file into memory, run libyaml's bare event loop over it, count the
 * events and print "events N". Exit 1 on a read or parse error.
 *
 *   cc -O2 -o event_loop event_loop.c -lyaml
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: event_loop FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    size_t cap = 1 << 20, len = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) { fprintf(stderr, "out of memory\n"); return 1; }
    size_t n;
    while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            unsigned char *grown = realloc(buf, cap);
            if (!grown) { fprintf(stderr, "out of memory\n"); return 1; }
            buf = grown;
        }
    }
    if (ferror(f)) { perror(argv[1]); return 1; }
    fclose(f);

    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "cannot initialize the YAML parser\n");
        return 1;
    }
    yaml_parser_set_input_string(&parser, buf, len);
    long long count = 0;
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", argv[1],
                    (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "unknown error");
            yaml_parser_delete(&parser);
            free(buf);
            return 1;
        }
        count++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buf);
    printf("events %lld\n", count);
    return 0;
}
