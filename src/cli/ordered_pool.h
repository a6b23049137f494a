// Work on many items in parallel, results handed over strictly in input order.
//
//   vanban::cli::run_in_order<std::string>(n, jobs, window,
//       [&](size_t i) { return analyse(i); },              // on a worker thread
//       [&](size_t i, std::string&& r) { print(r); },      // on this thread, i = 0, 1, 2, …
//       [&] { progress.tick(); });                         // on this thread, ~10 times a second
//
// At most `window` items are being worked on or waiting for their turn at any moment, so
// memory is bounded by the window, not by n; a slow item holds the others back rather than
// letting results pile up. Output is the same whatever `jobs` is. `work` must not throw.
//
// With a weight per item (run_in_order_weighted: a file's size), a free worker takes the
// heaviest item not yet taken in the window rather than the next one, so that a large file
// near the end of a batch is not left to one worker while the others sit idle.
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace vanban::cli {

template <class Result, class Weight, class Work, class Emit, class Tick>
void run_in_order_weighted(size_t n, unsigned jobs, size_t window, Weight&& weight, Work&& work, Emit&& emit,
                           Tick&& tick) {
  if (n == 0) return;
  jobs = std::max(1u, jobs);
  window = std::max<size_t>(window, jobs);
  std::mutex mutex;
  std::condition_variable ready, space;
  std::vector<std::optional<Result>> slots(window);
  std::vector<bool> taken(n, false);
  size_t first_free = 0;  // every item before it is taken
  size_t next_emit = 0;
  bool stop = false;
  constexpr size_t kNone = static_cast<size_t>(-1);

  // The heaviest item not taken in the window (the first of equals), or kNone. Under the lock.
  auto heaviest_free = [&] {
    size_t best = kNone;
    for (size_t i = first_free; i < n && i < next_emit + window; ++i)
      if (!taken[i] && (best == kNone || weight(i) > weight(best))) best = i;
    return best;
  };
  auto worker = [&] {
    for (;;) {
      size_t i = kNone;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return stop || first_free >= n || (i = heaviest_free()) != kNone; });
        if (stop || first_free >= n) return;
        taken[i] = true;
        while (first_free < n && taken[first_free]) ++first_free;
      }
      Result r = work(i);
      {
        std::lock_guard lock(mutex);
        slots[i % window] = std::move(r);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs && t < n; ++t) threads.emplace_back(worker);
  auto stop_all = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    space.notify_all();
    for (std::thread& t : threads) t.join();
  };

  try {
    for (size_t e = 0; e < n; ++e) {
      std::optional<Result> r;
      {
        std::unique_lock lock(mutex);
        while (!slots[e % window]) {
          if (ready.wait_for(lock, std::chrono::milliseconds(100)) == std::cv_status::timeout) {
            lock.unlock();
            tick();
            lock.lock();
          }
        }
        r = std::move(slots[e % window]);
        slots[e % window].reset();
        ++next_emit;
      }
      space.notify_all();
      emit(e, std::move(*r));
      tick();
    }
  } catch (...) {
    stop_all();
    throw;
  }
  stop_all();
}

// Items taken in input order (all of the same weight).
template <class Result, class Work, class Emit, class Tick>
void run_in_order(size_t n, unsigned jobs, size_t window, Work&& work, Emit&& emit, Tick&& tick) {
  run_in_order_weighted<Result>(n, jobs, window, [](size_t) { return 0; }, std::forward<Work>(work),
                                std::forward<Emit>(emit), std::forward<Tick>(tick));
}

}  // namespace vanban::cli
