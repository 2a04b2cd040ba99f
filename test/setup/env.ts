// Tests talk to loopback peers only. libcurl (and so manbind) reads proxy variables from the
// environment when CURLOPT_PROXY is unset, so a machine with http_proxy set would route test
// traffic elsewhere: clear them for every test file. Tests of the environment pass their own.
for (const name of ['http_proxy', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY', 'ws_proxy', 'WS_PROXY', 'wss_proxy', 'WSS_PROXY']) {
  delete process.env[name];
}
