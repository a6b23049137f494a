// The bounded pool behind batch runs: results come out in input order whatever the number of
// threads and however long each item takes, and no more than `window` items (plus the one
// being printed) are ever alive.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "cli/ordered_pool.h"

TEST_CASE("ordered pool: input order, bounded window, any number of threads") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    const size_t n = 200, window = 2 * jobs;
    std::vector<int> delays(n);
    std::mt19937 rng(jobs);
    for (int& d : delays) d = static_cast<int>(rng() % 300);  // microseconds
    std::atomic<size_t> alive{0}, most_alive{0};
    std::vector<size_t> order;
    vanban::cli::run_in_order<std::string>(
        n, jobs, window,
        [&](size_t i) {
          const size_t now = ++alive;
          size_t seen = most_alive.load();
          while (now > seen && !most_alive.compare_exchange_weak(seen, now)) {}
          std::this_thread::sleep_for(std::chrono::microseconds(delays[i]));
          return std::to_string(i);
        },
        [&](size_t i, std::string&& r) {
          CHECK(r == std::to_string(i));
          order.push_back(i);
          --alive;  // the result is gone once printed
        },
        [] {});
    CAPTURE(jobs);
    REQUIRE(order.size() == n);
    CHECK(std::is_sorted(order.begin(), order.end()));
    CHECK(most_alive.load() <= window + 1);  // the window, and the result being printed
  }
}

TEST_CASE("ordered pool: nothing to do, and more threads than items") {
  int calls = 0;
  vanban::cli::run_in_order<int>(0, 4, 8, [](size_t) { return 1; }, [&](size_t, int&&) { ++calls; }, [] {});
  CHECK(calls == 0);
  vanban::cli::run_in_order<int>(2, 16, 32, [](size_t i) { return static_cast<int>(i) * 10; },
                                 [&](size_t i, int&& v) { CHECK(v == static_cast<int>(i) * 10); ++calls; }, [] {});
  CHECK(calls == 2);
}
