// Golden vectors for HcsBot's C# FSRS-6 scheduler, produced by the reference implementation ts-fsrs (pinned in
// package-lock.json). Deterministic: the same seed and ts-fsrs version always write the same file.
// Run: cd tools/fsrs-reference && npm ci && node generate-vectors.mjs
import { writeFileSync } from 'node:fs'
import { createEmptyCard, FSRSVersion, fsrs } from 'ts-fsrs'
import { intBetween, mulberry32, pickWeighted } from './mulberry32.mjs'

const SEED = 20250601
const PINNED_TS_FSRS = 'v5.4.2 '
if (!FSRSVersion.startsWith(PINNED_TS_FSRS)) {
  throw new Error(`Expected ts-fsrs ${PINNED_TS_FSRS.trim()} (run npm ci), found ${FSRSVersion}`)
}
const OUTPUT = new URL('../../tests/HcsBot.Core.Tests/Scheduling/fsrs-vectors.json', import.meta.url)
const MINUTE = 60_000
const DAY = 1_440 * MINUTE
const FIRST_START = Date.UTC(2024, 0, 1)

// Every suite runs ts-fsrs's fsrs() with short-term scheduling on and fuzz off, as HcsBot does. The defaults suite
// is the one the product uses; the others reach code paths the defaults never take (the maximum-interval cap,
// three learning steps, two relearning steps, steps of a day or longer).
const SUITES = [
  { historyCount: 1000, settings: { name: 'defaults', desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] } },
  { historyCount: 150, settings: { name: 'retention-0.80-max-60-days-three-steps', desiredRetention: 0.8, maximumInterval: 60, learningSteps: ['2m', '15m', '1h'], relearningSteps: ['5m', '30m'] } },
  { historyCount: 150, settings: { name: 'retention-0.95-day-long-steps', desiredRetention: 0.95, maximumInterval: 36500, learningSteps: ['10m', '1d'], relearningSteps: ['1d'] } },
]

const STEP_FIELDS = ['review', 'rating', 'stability', 'difficulty', 'state', 'due', 'scheduledDays', 'elapsedDays', 'reps', 'lapses', 'learningStep']

const random = mulberry32(SEED)

/** How often a simulated learner presses each rating; each history gets its own mix so some lapse a lot. */
function learnerProfile() {
  return {
    1: 0.05 + random() * 0.3, // Again
    2: 0.05 + random() * 0.2, // Hard
    3: 0.4 + random() * 0.3, // Good
    4: 0.05 + random() * 0.2, // Easy
  }
}

function firstReviewTime(start) {
  const kind = pickWeighted(random, { atCreation: 4, minutesLater: 3, daysLater: 3 })
  if (kind === 'atCreation') return start
  if (kind === 'minutesLater') return start + intBetween(random, 1, 240) * MINUTE
  return start + intBetween(random, 1, 20) * DAY + intBetween(random, 0, 1_439) * MINUTE
}

function nextReviewTime(previous, due) {
  const kind = pickWeighted(random, { sameDay: 25, onDue: 35, early: 10, late: 20, months: 10 })
  const seconds = intBetween(random, 0, 59_999) // ts-fsrs keeps milliseconds; so must we
  switch (kind) {
    case 'sameDay': // a few minutes later; sometimes across UTC midnight, which ts-fsrs counts as a day
      return previous + intBetween(random, 1, 180) * MINUTE + seconds
    case 'onDue':
      return Math.max(due, previous) + intBetween(random, 0, 720) * MINUTE + seconds
    case 'early':
      return due > previous ? previous + Math.floor(random() * (due - previous)) : previous + intBetween(random, 1, 60) * MINUTE
    case 'late':
      return Math.max(due, previous) + intBetween(random, 1, 45) * DAY + intBetween(random, 0, 1_439) * MINUTE
    default: // a long break of months
      return previous + intBetween(random, 60, 400) * DAY + intBetween(random, 0, 1_439) * MINUTE + seconds
  }
}

function generateHistory(scheduler) {
  const start = FIRST_START + Math.floor(random() * 730 * DAY)
  const profile = learnerProfile()
  const reviews = intBetween(random, 5, 30)
  let card = createEmptyCard(new Date(start))
  let time = firstReviewTime(start)
  const steps = []
  for (let i = 0; i < reviews; i++) {
    if (i > 0) time = nextReviewTime(time, card.due.getTime())
    const rating = Number(pickWeighted(random, profile))
    card = scheduler.next(card, new Date(time), rating).card
    steps.push([
      new Date(time).toISOString(),
      rating,
      card.stability,
      card.difficulty,
      card.state,
      card.due.toISOString(),
      card.scheduled_days,
      card.elapsed_days,
      card.reps,
      card.lapses,
      card.learning_steps,
    ])
  }
  return { start: new Date(start).toISOString(), steps }
}

const suites = SUITES.map(({ historyCount, settings }) => {
  const scheduler = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    learning_steps: settings.learningSteps,
    relearning_steps: settings.relearningSteps,
    enable_fuzz: false,
    enable_short_term: true,
  })
  return { settings, histories: Array.from({ length: historyCount }, () => generateHistory(scheduler)) }
})

// One history per line keeps the file compact yet lets a diff point at the history that changed.
const header = {
  generator: 'tools/fsrs-reference/generate-vectors.mjs',
  tsFsrs: FSRSVersion,
  seed: SEED,
  states: ['New', 'Learning', 'Review', 'Relearning'],
  stepFields: STEP_FIELDS,
}
const suiteJson = suites.map(({ settings, histories }) => {
  const head = JSON.stringify(settings).slice(0, -1)
  return `${head},"histories":[\n${histories.map((h) => JSON.stringify(h)).join(',\n')}\n]}`
})
const json = `${JSON.stringify(header).slice(0, -1)},"suites":[\n${suiteJson.join(',\n')}\n]}\n`
writeFileSync(OUTPUT, json)

const histories = suites.reduce((sum, s) => sum + s.histories.length, 0)
const steps = suites.reduce((sum, s) => sum + s.histories.reduce((n, h) => n + h.steps.length, 0), 0)
console.log(`wrote ${histories} histories, ${steps} review steps, ${(json.length / 1e6).toFixed(2)} MB to ${OUTPUT.pathname}`)
