// The ts-fsrs half of bench/fsrs-bench.sh: replays the same 100,000 reviews as bench/HcsBot.Bench.Fsrs (same seed,
// same draws in the same order; change both together) through ts-fsrs 5.4.2 and prints its throughput.
import { performance } from 'node:perf_hooks'
import { createEmptyCard, fsrs } from 'ts-fsrs'
import { mulberry32 } from './mulberry32.mjs'

const CARDS = 2_000
const REVIEWS_PER_CARD = 50
const REVIEWS = CARDS * REVIEWS_PER_CARD
const SEED = 424_242
const MINUTE = 60_000
const DAY = 86_400_000
const FIRST_START = Date.UTC(2025, 0, 1)
// Rounds after warm-up; the median resists the noise of a shared 2-core machine.
const WARM_UP_ROUNDS = 3
const MEASURED_ROUNDS = 9

function generateWorkload() {
  const random = mulberry32(SEED)
  const starts = new Array(CARDS)
  const ratings = new Array(REVIEWS)
  const gapKinds = new Array(REVIEWS)
  const gapAmounts = new Array(REVIEWS)
  for (let card = 0; card < CARDS; card++) {
    const day = Math.floor(random() * 365)
    const millisecond = Math.floor(random() * DAY)
    starts[card] = FIRST_START + day * DAY + millisecond
    for (let review = card * REVIEWS_PER_CARD; review < (card + 1) * REVIEWS_PER_CARD; review++) {
      const roll = random()
      ratings[review] = roll < 0.15 ? 1 : roll < 0.3 ? 2 : roll < 0.85 ? 3 : 4
      gapKinds[review] = random()
      gapAmounts[review] = random()
    }
  }
  return { starts, ratings, gapKinds, gapAmounts }
}

// 30% a few minutes later, 60% when due (up to 12 hours late), 10% after a break of one to ten months.
function nextReviewTime(kind, amount, previous, due) {
  if (kind < 0.3) return previous + (1 + Math.floor(amount * 120)) * MINUTE
  if (kind < 0.9) return Math.max(due, previous) + Math.floor(amount * 720) * MINUTE
  return previous + (30 + Math.floor(amount * 300)) * DAY
}

/** Replays every review; the checksum shows both implementations scheduled the same cards. */
function replay(scheduler, workload) {
  let scheduledDays = 0
  let finalStability = 0
  for (let cardIndex = 0; cardIndex < CARDS; cardIndex++) {
    let time = workload.starts[cardIndex]
    let card = createEmptyCard(new Date(time))
    for (let review = cardIndex * REVIEWS_PER_CARD; review < (cardIndex + 1) * REVIEWS_PER_CARD; review++) {
      if (review > cardIndex * REVIEWS_PER_CARD) {
        time = nextReviewTime(workload.gapKinds[review], workload.gapAmounts[review], time, card.due.getTime())
      }
      card = scheduler.next(card, new Date(time), workload.ratings[review]).card
      scheduledDays += card.scheduled_days
    }
    finalStability += card.stability
  }
  return `${scheduledDays}/${finalStability.toFixed(6)}`
}

const workload = generateWorkload()
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true })
let checksum = ''
for (let round = 0; round < WARM_UP_ROUNDS; round++) checksum = replay(scheduler, workload)

const throughputs = []
for (let round = 0; round < MEASURED_ROUNDS; round++) {
  const started = performance.now()
  replay(scheduler, workload)
  throughputs.push(REVIEWS / ((performance.now() - started) / 1000))
}
throughputs.sort((a, b) => a - b)
console.log(`implementation=ts-fsrs 5.4.2 (Node ${process.versions.node})`)
console.log(`reviews=${REVIEWS}`)
console.log(`reviews_per_second=${Math.round(throughputs[Math.floor(MEASURED_ROUNDS / 2)])}`)
console.log(`checksum=${checksum}`)
