import autocannon from 'autocannon';
const query = process.argv[2];
const r = await autocannon({ url: 'http://127.0.0.1:4100/graphql', method: 'POST', connections: 20, duration: 5, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
console.log(Math.round(r.requests.average), r.latency.p50, r.latency.p99, r.errors, r.non2xx);
