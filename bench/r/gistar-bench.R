# R's spdep::localG on the same 300 x 300 grid and queen weights (cell itself included) as
# se.klara.bench.GiStarBenchmark, timed, and compared with Klara's z-scores.
# Usage: Rscript bench/r/gistar-bench.R counts.txt java-z.txt runs
suppressMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
counts <- scan(args[1], quiet = TRUE)
javaz <- scan(args[2], quiet = TRUE)
runs <- as.integer(args[3])
side <- as.integer(round(sqrt(length(counts))))
t0 <- Sys.time()
lw <- nb2listw(include.self(cell2nb(side, side, "queen")), style = "B")
weights_ms <- as.numeric(difftime(Sys.time(), t0, units = "secs")) * 1000
times <- numeric(runs)
for (i in seq_len(runs)) {
  t <- Sys.time()
  z <- as.vector(localG(counts, lw))
  times[i] <- as.numeric(difftime(Sys.time(), t, units = "secs")) * 1000
}
cat(sprintf("r_weights_ms=%.1f\nr_localg_median_ms=%.2f\nmax_abs_dz=%.3e\ncells=%d\n",
            weights_ms, median(times), max(abs(z - javaz)), length(z)))
