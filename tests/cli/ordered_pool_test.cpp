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

TEST_CASE("ordered pool: the heaviest item of the window is taken first, output stays in order") {
  // One worker, a window of 4: it takes 3 (weight 9), 1 (5), 2 (3), 0 (1), nothing being
  // printed before 0 is done. Then the window moves on as items are printed, at a pace that
  // depends on the threads' timing, so only the first window's order is fixed.
  const std::vector<int> weights = {1, 5, 3, 9, 4, 1, 8, 2, 1};
  std::vector<size_t> worked, printed;
  vanban::cli::run_in_order_weighted<size_t>(
      weights.size(), 1, 4, [&](size_t i) { return weights[i]; },
      [&](size_t i) {
        worked.push_back(i);
        return i;
      },
      [&](size_t i, size_t&& r) {
        CHECK(r == i);
        printed.push_back(i);
      },
      [] {});
  REQUIRE(worked.size() == weights.size());
  CHECK(std::vector<size_t>(worked.begin(), worked.begin() + 4) == std::vector<size_t>{3, 1, 2, 0});
  std::vector<size_t> sorted = worked;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == printed);
  CHECK(printed == std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8});
}

TEST_CASE("ordered pool: weighted, any number of threads, input order and a bounded window") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    const size_t n = 300, window = 4 * jobs;
    std::mt19937 rng(jobs + 100);
    std::vector<int> weights(n);
    for (int& w : weights) w = static_cast<int>(rng() % 1000);
    std::atomic<size_t> alive{0}, most_alive{0};
    std::vector<size_t> printed;
    vanban::cli::run_in_order_weighted<size_t>(
        n, jobs, window, [&](size_t i) { return weights[i]; },
        [&](size_t i) {
          const size_t now = ++alive;
          size_t seen = most_alive.load();
          while (now > seen && !most_alive.compare_exchange_weak(seen, now)) {}
          std::this_thread::sleep_for(std::chrono::microseconds(weights[i] / 4));
          return i;
        },
        [&](size_t i, size_t&& r) {
          CHECK(r == i);
          printed.push_back(i);
          --alive;
        },
        [] {});
    CAPTURE(jobs);
    REQUIRE(printed.size() == n);
    CHECK(std::is_sorted(printed.begin(), printed.end()));
    CHECK(most_alive.load() <= window + 1);
  }
}
