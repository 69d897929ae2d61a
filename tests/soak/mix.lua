-- wrk's request mix for tools/dev.sh soak: v1 and v2 calls as clients make them, reads far
-- more often than creates, so that the training city's data grows slowly and its memory
-- should not. The key and ids come from the environment that server_soak.py sets.
local key = os.getenv("SOAK_KEY")
local ids = {}
for id in string.gmatch(os.getenv("SOAK_IDS"), "[^,]+") do
    ids[#ids + 1] = id
end
local v1 = "/dev/V1/"
local v2 = "/dev/v2/"
local city = "&city_id=sandbox.example"
local counter = 0

local function pick(list)
    return list[math.random(#list)]
end

request = function()
    counter = counter + 1
    local id = pick(ids)
    local choice = counter % 20
    if counter % 400 == 0 then
        local body = "api_key=" .. key .. "&service_code=004&lat=40.003&long=-100.004"
            .. "&description=wrk+soak+create"
        return wrk.format("POST", v2 .. "requests.json",
            { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
    elseif counter % 400 == 200 then
        return wrk.format("GET", v1 .. "create_request?api_key=" .. key .. city
            .. "&service_code=004&lat=40.003&lon=-100.004&description=wrk+soak+v1")
    elseif choice < 4 then
        return wrk.format("GET", v1 .. "service_list?api_key=" .. key .. city)
    elseif choice < 8 then
        return wrk.format("GET", v1 .. "status_update?api_key=" .. key .. city
            .. "&service_request_id=" .. id)
    elseif choice < 10 then
        return wrk.format("GET", v2 .. "discovery.json")
    elseif choice < 12 then
        return wrk.format("GET", v2 .. "services.xml?api_key=" .. key)
    elseif choice < 14 then
        return wrk.format("GET", v2 .. "services/006.json?api_key=" .. key)
    elseif choice < 17 then
        return wrk.format("GET", v2 .. "requests/" .. id .. ".json?api_key=" .. key)
    else
        return wrk.format("GET", v2 .. "requests.xml?api_key=" .. key
            .. "&service_request_id=" .. id)
    end
end

done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "WRK requests=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p99_us=%d\n",
        summary.requests, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
        latency:percentile(50), latency:percentile(99)))
end
