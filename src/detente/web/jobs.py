"""Background ingest jobs (``POST /api/articles``): one job at a time, in the order posted.

A job codes its articles a few at a time (JOB_BATCH) without holding the database, then holds the
write lock only to store that batch (one transaction, events included), so reads wait at most
about one batch's write. Its progress and result are read with ``GET /api/jobs/{id}``.
"""

from __future__ import annotations

import queue
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, field

from detente.store import IngestSummary

JOB_BATCH = 8  # articles coded and committed together
KEEP_JOBS = 100  # finished jobs remembered (the oldest are forgotten first)


@dataclass
class Job:
    """One ingest request: its progress, then its result (or why it failed)."""

    id: str
    articles: int
    status: str = "queued"  # queued, running, done, failed
    done_articles: int = 0
    summary: IngestSummary = field(default_factory=IngestSummary)
    errors: list[str] = field(default_factory=list)
    error: str | None = None
    finished: threading.Event = field(default_factory=threading.Event, repr=False)

    def result(self) -> dict:
        """The ingest summary with the errors of single articles (as ``IngestResult``)."""
        return {**asdict(self.summary), "errors": list(self.errors)}

    def view(self) -> dict:
        return {"id": self.id, "status": self.status, "articles": self.articles, "done": self.done_articles,
                "href": f"/api/jobs/{self.id}", "error": self.error,
                "result": self.result() if self.status in ("done", "failed") else None}


STOPPED = "stopped: the server stopped"


class Jobs:
    """The app's jobs and the one thread that runs them. :meth:`close` (the server stops, or the
    process exits) lets the running job finish its batch and stop there - each batch is one
    transaction, so a stopped job leaves whole batches - fails the queued ones, and waits for the
    thread, so that no write is cut off when the process ends."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue = queue.Queue()
        self._worker: threading.Thread | None = None
        self._stopping = threading.Event()

    def submit(self, state, records: list) -> Job:
        """Queue an ingest of ``records`` (``io.Record`` items) over ``state`` (a ``WebState``)."""
        job = Job(id=secrets.token_hex(8), articles=len(records))
        with self._lock:
            self._jobs[job.id] = job
            finished = [k for k, j in self._jobs.items() if j.finished.is_set()]
            for key in finished[:max(0, len(self._jobs) - KEEP_JOBS)]:
                del self._jobs[key]
            if self._stopping.is_set():
                job.status, job.error = "failed", STOPPED
                job.finished.set()
                return job
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="detente-ingest", daemon=True)
                self._worker.start()
        self._queue.put((state, job, records))
        return job

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            state, job, records = item
            if self._stopping.is_set():
                job.status, job.error = "failed", STOPPED
                job.finished.set()
            else:
                _run(state, job, records, self._stopping)

    def close(self, timeout: float = 120.0) -> None:
        """Stop: the running job ends after its current batch, queued jobs fail (``STOPPED``); wait
        up to ``timeout`` seconds for the thread."""
        with self._lock:
            self._stopping.set()
            worker = self._worker
        if worker is not None:
            self._queue.put(None)
            worker.join(timeout)

    def running(self) -> bool:
        """Whether a job is queued or running (reads may then answer slightly stale results)."""
        with self._lock:
            return any(not j.finished.is_set() for j in self._jobs.values())

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)


class JobStopped(Exception):
    """The server stopped while a job ran (it stops between batches)."""


def _run(state, job: Job, records: list, stopping: threading.Event | None = None) -> None:
    from detente import __version__
    from detente.model import content_id
    from detente.pipeline import code_stream
    from detente.store.ingest import stored_clash

    job.status = "running"
    summary, started = job.summary, time.perf_counter()
    posted: dict[str, str] = {}  # id -> content hash of this request's articles (at most 1,000)
    coder_name = f"detente {__version__}"
    try:
        if not state.db_path.exists():
            with state.writing():  # creates the store
                pass
        for start in range(0, len(records), JOB_BATCH):
            if stopping is not None and stopping.is_set():
                raise JobStopped(f"{STOPPED} after {job.done_articles} of {job.articles} articles")
            chunk = records[start:start + JOB_BATCH]
            summary.read += len(chunk)
            with state.reading() as store:
                hashes = store.stored_hashes(r.article.id for r in chunk)
            fresh = []
            for record in chunk:  # an id the store (or this request) holds for another article is reported
                article = record.article
                content = content_id(article.title or "", article.text)
                first = hashes.get(article.id) or posted.get(article.id)
                if first is None:
                    posted[article.id] = content
                    fresh.append(record)
                elif first == content:
                    summary.already += 1
                else:
                    summary.failed += 1
                    job.errors.append(f"{record.where}: " + (
                        stored_clash(article.id) if article.id in hashes else
                        f"id {article.id!r} is already the id of another article of this request: skipped; "
                        "give every article its own id"))
            coded = []
            if fresh:
                with state.coding() as coder:
                    results = list(code_stream(coder, fresh, batch_size=JOB_BATCH))
                for where, result in results:
                    if isinstance(result, str):
                        summary.failed += 1
                        job.errors.append(f"{where}: {result}")
                    else:
                        coded.append(result)
            if coded:
                with state.writing() as store:
                    stored = store.add(coded, coder_name)
                summary.stored += stored
                summary.already += len(coded) - stored  # stored in the meantime
            job.done_articles += len(chunk)
        with state.reading() as store:
            counts = store.counts()
        summary.events, summary.mentions = counts["events"], counts["mentions"]
        job.status = "done"
    except JobStopped as exc:
        job.status, job.error = "failed", str(exc)
    except Exception as exc:
        job.status = "failed"
        detail = getattr(exc, "detail", None)
        job.error = f"{getattr(exc, 'error', type(exc).__name__)}: {detail or exc}"
    finally:
        summary.seconds = round(time.perf_counter() - started, 3)
        job.finished.set()
