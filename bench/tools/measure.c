/* measure.c — runs a command and writes "status wall_seconds cpu_seconds maxrss_kb" to the file
 * named by argv[1]. Built statically by bench/run.py: a Python parent would lend its own ~15 MB to
 * the child's ru_maxrss (Linux keeps the pre-exec high-water mark), this launcher lends ~100 KB.
 * usage: measure RESULT_FILE TIMEOUT_SECONDS PROGRAM [ARGS...]; the program's stdout is inherited. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t child;
static void onAlarm(int sig) { (void)sig; kill(child, SIGKILL); }

int main(int argc, char** argv) {
  if (argc < 4) { fprintf(stderr, "usage: measure RESULT TIMEOUT PROGRAM [ARGS...]\n"); return 2; }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  child = fork();
  if (child < 0) { perror("fork"); return 2; }
  if (child == 0) {
    execvp(argv[3], argv + 3);
    perror("exec");
    _exit(127);
  }
  signal(SIGALRM, onAlarm);
  alarm((unsigned)atoi(argv[2]));
  int status = 0;
  struct rusage ru;
  while (wait4(child, &status, 0, &ru) < 0) {}
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  double cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
               ru.ru_stime.tv_usec / 1e6;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE* f = fopen(argv[1], "w");
  if (!f) return 2;
  fprintf(f, "%d %.6f %.6f %ld\n", code, wall, cpu, ru.ru_maxrss);
  fclose(f);
  return 0;
}
