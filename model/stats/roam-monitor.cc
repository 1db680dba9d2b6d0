/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "roam-monitor.h"

#include "ns3/dhcp-client.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wpa-supplicant.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RoamMonitor");
NS_OBJECT_ENSURE_REGISTERED(RoamMonitor);

namespace
{

/// How far before the association loss the gap window starts: the beacons that the station
/// must miss before it gives its AP up, and some margin.
const Time GAP_WINDOW_BEFORE = Seconds(2);
/// How far after the client is ready again the gap window ends.
const Time GAP_WINDOW_AFTER = Seconds(2);

/// \param from a start \param to an end \return the interval in ms, or -1 if either is unset
double
Ms(Time from, Time to)
{
    return from.IsNegative() || to.IsNegative() ? -1 : (to - from).GetSeconds() * 1000;
}

/// \param events time-ordered events \param after a time \return the first at or after it
template <typename T>
const T*
FirstAfter(const std::vector<T>& events, Time after, Time before)
{
    for (const auto& event : events)
    {
        if (event.first >= after && event.first < before)
        {
            return &event;
        }
    }
    return nullptr;
}

/**
 * \param times time-ordered instants \param after window start \param before window end
 * \return the first instant in [after, before), or -1 s when there is none
 */
Time
FirstTime(const std::vector<Time>& times, Time after, Time before)
{
    for (Time t : times)
    {
        if (t >= after && t < before)
        {
            return t;
        }
    }
    return Seconds(-1);
}

/// \param value a latency \return it for a CSV cell ("" when absent)
std::string
Cell(double value)
{
    if (value < 0)
    {
        return "";
    }
    std::ostringstream os;
    os << std::fixed << std::setprecision(3) << value;
    return os.str();
}

} // namespace

TypeId
RoamMonitor::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RoamMonitor")
                            .SetParent<Object>()
                            .SetGroupName("Wlc")
                            .AddConstructor<RoamMonitor>();
    return tid;
}

RoamMonitor::RoamMonitor()
{
    NS_LOG_FUNCTION(this);
}

RoamMonitor::~RoamMonitor()
{
    NS_LOG_FUNCTION(this);
}

void
RoamMonitor::DoDispose()
{
    m_controllers.clear();
    Object::DoDispose();
}

void
RoamMonitor::AddClient(Ptr<WifiNetDevice> station, Ptr<WpaSupplicant> supplicant)
{
    Mac48Address client = Mac48Address::ConvertFrom(station->GetAddress());
    ClientLog& log = m_logs[client];
    Ptr<WifiMac> mac = station->GetMac();
    mac->TraceConnectWithoutContext("Assoc", Callback<void, Mac48Address>([&log](Mac48Address b) {
                                        log.assoc.emplace_back(Simulator::Now(), b);
                                    }));
    mac->TraceConnectWithoutContext("DeAssoc", Callback<void, Mac48Address>([&log](Mac48Address b) {
                                        log.deassoc.emplace_back(Simulator::Now(), b);
                                    }));
    supplicant->GetPort()->TraceConnectWithoutContext("PortAuthorized",
                                                      Callback<void, bool>([&log](bool authorized) {
                                                          if (authorized)
                                                          {
                                                              log.authorized.push_back(
                                                                  Simulator::Now());
                                                          }
                                                      }));
    supplicant->TraceConnectWithoutContext(
        "EapCompleted",
        Callback<void, Mac48Address, Time>(
            [&log](Mac48Address, Time) { log.eapDone.push_back(Simulator::Now()); }));
    supplicant->TraceConnectWithoutContext(
        "HandshakeCompleted",
        Callback<void, Mac48Address, Time>(
            [&log](Mac48Address, Time) { log.keysDone.push_back(Simulator::Now()); }));
    supplicant->TraceConnectWithoutContext(
        "FtCompleted",
        Callback<void, Mac48Address, Time>([&log](Mac48Address, Time duration) {
            log.ftDone.emplace_back(Simulator::Now(), duration);
        }));
    log.supplicant = supplicant;
    if (Ptr<RoamingManager> roaming = station->GetObject<RoamingManager>())
    {
        roaming->TraceConnectWithoutContext("Roamed",
                                            Callback<void, const RoamingManager::RoamTiming&>(
                                                [&log](const RoamingManager::RoamTiming& timing) {
                                                    log.timings.push_back(timing);
                                                }));
    }
    Ptr<Node> node = station->GetNode();
    for (uint32_t i = 0; i < node->GetNApplications(); ++i)
    {
        if (Ptr<DhcpClient> dhcp = DynamicCast<DhcpClient>(node->GetApplication(i)))
        {
            dhcp->TraceConnectWithoutContext(
                "NewLease",
                Callback<void, const Ipv4Address&>([&log](const Ipv4Address& address) {
                    log.leases.emplace_back(Simulator::Now(), address);
                }));
        }
    }
}

void
RoamMonitor::AddController(Ptr<WirelessLanController> controller)
{
    m_controllers.push_back(controller);
    std::string name = controller->GetName();
    controller->TraceConnectWithoutContext(
        "ClientAssociated",
        Callback<void, Mac48Address, const std::string&>(
            [this, name](Mac48Address client, const std::string&) {
                m_logs[client].seen.emplace_back(Simulator::Now(), name);
            }));
    controller->TraceConnectWithoutContext(
        "PemStateChanged",
        Callback<void, Mac48Address, PemState, PemState>(
            [this, name](Mac48Address client, PemState, PemState state) {
                if (state == PemState::RUN)
                {
                    m_logs[client].run.emplace_back(Simulator::Now(), name);
                }
            }));
    controller->TraceConnectWithoutContext(
        "MobilityHandoffCompleted",
        Callback<void, Mac48Address, MobilityRole, Ipv4Address, Time, bool>(
            [this, name](Mac48Address client, MobilityRole, Ipv4Address from, Time d, bool l3) {
                // an announce that nobody answered (a new client) is no roam
                if (from != Ipv4Address::GetAny())
                {
                    m_logs[client].handoffs.emplace_back(Simulator::Now(), name, d, l3);
                }
            }));
    controller->TraceConnectWithoutContext(
        "PmkCacheHit",
        Callback<void, Mac48Address, Mac48Address>([this](Mac48Address client, Mac48Address) {
            m_logs[client].cacheHits.push_back(Simulator::Now());
        }));
    Ptr<WirelessLanController> wlc = controller;
    controller->TraceConnectWithoutContext(
        "ApJoined",
        Callback<void, const std::string&>([this, wlc](const std::string& apName) {
            if (const ApEntry* ap = wlc->GetAps().FindByName(apName))
            {
                m_bssids[ap->radioMac] = {apName, wlc->GetName()};
            }
        }));
}

void
RoamMonitor::NotifyDownlinkRx(Mac48Address client)
{
    m_logs[client].downlink.push_back(Simulator::Now());
}

void
RoamMonitor::NotifyUplinkRx(Mac48Address client)
{
    m_logs[client].uplink.push_back(Simulator::Now());
}

bool
RoamMonitor::FindAp(Mac48Address bssid, std::string& ap, std::string& wlc) const
{
    auto it = m_bssids.find(bssid);
    if (it == m_bssids.end())
    {
        return false;
    }
    ap = it->second.first;
    wlc = it->second.second;
    return true;
}

double
RoamMonitor::LongestGap(const std::vector<Time>& arrivals, Time from, Time to)
{
    if (arrivals.empty())
    {
        return -1;
    }
    // the gaps between consecutive arrivals that overlap [from, to]
    Time longest;
    for (std::size_t i = 1; i < arrivals.size(); ++i)
    {
        if (arrivals[i] >= from && arrivals[i - 1] <= to)
        {
            longest = std::max(longest, arrivals[i] - arrivals[i - 1]);
        }
    }
    // traffic that never came back counts up to the end of the window
    if (arrivals.back() < to)
    {
        longest = std::max(longest, to - std::max(arrivals.back(), from));
    }
    return longest.GetSeconds() * 1000;
}

std::vector<RoamRecord>
RoamMonitor::GetRoams() const
{
    std::vector<RoamRecord> roams;
    const Time never = Seconds(-1);
    for (const auto& [client, log] : m_logs)
    {
        for (std::size_t i = 0; i < log.deassoc.size(); ++i)
        {
            Time left = log.deassoc[i].first;
            Time nextLoss = i + 1 < log.deassoc.size() ? log.deassoc[i + 1].first
                                                       : Simulator::GetMaximumSimulationTime();
            const auto* assoc = FirstAfter(log.assoc, left, nextLoss);
            if (!assoc || assoc->second == log.deassoc[i].second)
            {
                continue; // back to the same AP, or no new AP: not a roam
            }
            RoamRecord roam;
            roam.time = left;
            roam.client = client;
            FindAp(log.deassoc[i].second, roam.fromAp, roam.fromWlc);
            FindAp(assoc->second, roam.toAp, roam.toWlc);
            roam.type = roam.fromWlc == roam.toWlc ? "intra" : "l2";
            for (const auto& [t, wlc, duration, layer3] : log.handoffs)
            {
                if (t >= assoc->first && t < nextLoss && wlc == roam.toWlc)
                {
                    roam.mobilityMs = duration.GetSeconds() * 1000;
                    roam.type = layer3 ? "l3" : "l2";
                    break;
                }
            }
            Time associated = assoc->first;
            roam.l2Ms = Ms(left, associated);
            Time authorized = FirstTime(log.authorized, associated, nextLoss);
            roam.authMs = Ms(associated, authorized);
            Time eapDone = FirstTime(log.eapDone, associated, nextLoss);
            Time keysDone = FirstTime(log.keysDone, associated, nextLoss);
            roam.eapMs = Ms(associated, eapDone);
            roam.fourWayMs = Ms(eapDone.IsNegative() ? associated : eapDone, keysDone);
            bool cacheHit = !FirstTime(log.cacheHits, associated, nextLoss).IsNegative();
            bool enterprise = log.supplicant && log.supplicant->IsEnterprise();
            for (const auto& [t, duration] : log.ftDone)
            {
                if (t >= left && t <= associated)
                {
                    roam.ftMs = duration.GetSeconds() * 1000;
                }
            }
            bool open = log.supplicant && log.supplicant->IsOpen();
            roam.keyMethod = open                    ? "open"
                             : roam.ftMs >= 0        ? "ft"
                             : !enterprise           ? "psk"
                             : cacheHit              ? "pmk-cache"
                             : !eapDone.IsNegative() ? "8021x"
                                                     : "incomplete";
            const auto* run = FirstAfter(log.run, associated, nextLoss);
            Time ready = run ? run->first : never;
            roam.readyMs = Ms(associated, ready);
            const auto* lease =
                FirstAfter(log.leases, authorized.IsNegative() ? associated : authorized, nextLoss);
            roam.dhcpMs = lease ? Ms(authorized, lease->first) : -1;
            for (const auto& [t, address] : log.leases)
            {
                if (t < left)
                {
                    roam.ipBefore = address;
                }
            }
            roam.ipAfter = lease ? lease->second : roam.ipBefore;
            Time end = std::max({ready, authorized, associated}) + GAP_WINDOW_AFTER;
            if (lease)
            {
                end = std::max(end, lease->first + GAP_WINDOW_AFTER);
            }
            end = std::min(end, nextLoss);
            roam.downlinkGapMs = LongestGap(log.downlink, left - GAP_WINDOW_BEFORE, end);
            roam.uplinkGapMs = LongestGap(log.uplink, left - GAP_WINDOW_BEFORE, end);
            auto first = [associated, nextLoss](const std::vector<Time>& arrivals) {
                auto it = std::lower_bound(arrivals.begin(), arrivals.end(), associated);
                return it != arrivals.end() && *it < nextLoss ? Ms(associated, *it) : -1.0;
            };
            roam.firstDownlinkMs = first(log.downlink);
            roam.firstUplinkMs = first(log.uplink);
            for (const auto& timing : log.timings)
            {
                if (timing.associated != associated)
                {
                    continue;
                }
                roam.trigger = timing.reason;
                if (timing.reason == "missed-beacons")
                {
                    roam.detectMs = Ms(timing.trigger, timing.leave);
                }
                bool scanned = !timing.scanStart.IsNegative() && !timing.scanEnd.IsNegative();
                roam.scanMs = scanned ? Ms(timing.scanStart, timing.scanEnd) : -1;
                Time joinStart = scanned ? std::max(timing.scanEnd, timing.leave) : timing.leave;
                roam.reassocMs = Ms(joinStart, associated);
            }
            roams.push_back(roam);
        }
    }
    std::sort(roams.begin(), roams.end(), [](const RoamRecord& a, const RoamRecord& b) {
        return a.time < b.time;
    });
    return roams;
}

std::string
RoamMonitor::CsvHeader()
{
    return "time_s,client,from_ap,to_ap,from_wlc,to_wlc,type,l2_ms,mobility_ms,ready_ms,"
           "downlink_gap_ms,uplink_gap_ms,auth_ms,dhcp_ms,ip_before,ip_after,trigger,detect_ms,"
           "scan_ms,reassoc_ms,first_dl_ms,first_ul_ms,key_method,eap_ms,fourway_ms,ft_ms";
}

std::string
RoamMonitor::CsvRow(const RoamRecord& r)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(6) << r.time.GetSeconds() << "," << r.client << ","
       << r.fromAp << "," << r.toAp << "," << r.fromWlc << "," << r.toWlc << "," << r.type << ","
       << Cell(r.l2Ms) << "," << Cell(r.mobilityMs) << "," << Cell(r.readyMs) << ","
       << Cell(r.downlinkGapMs) << "," << Cell(r.uplinkGapMs) << "," << Cell(r.authMs) << ","
       << Cell(r.dhcpMs) << "," << r.ipBefore << "," << r.ipAfter << "," << r.trigger << ","
       << Cell(r.detectMs) << "," << Cell(r.scanMs) << "," << Cell(r.reassocMs) << ","
       << Cell(r.firstDownlinkMs) << "," << Cell(r.firstUplinkMs) << "," << r.keyMethod << ","
       << Cell(r.eapMs) << "," << Cell(r.fourWayMs) << "," << Cell(r.ftMs);
    return os.str();
}

void
RoamMonitor::WriteCsv(std::ostream& os) const
{
    os << CsvHeader() << "\n";
    for (const RoamRecord& r : GetRoams())
    {
        os << CsvRow(r) << "\n";
    }
}

void
RoamMonitor::PrintSummary(std::ostream& os) const
{
    for (const RoamRecord& r : GetRoams())
    {
        os << "Roam of " << r.client << " at " << std::fixed << std::setprecision(3)
           << r.time.GetSeconds() << " s: " << r.fromAp << " (" << r.fromWlc << ") -> " << r.toAp
           << " (" << r.toWlc << "), " << r.type << "\n";
        auto line = [&os](const std::string& what, double ms) {
            os << "  " << std::left << std::setw(46) << what << std::right << std::setw(10)
               << (ms < 0 ? std::string("n/a") : Cell(ms)) << " ms\n";
        };
        if (r.trigger != "none")
        {
            os << "  trigger: " << r.trigger << "\n";
        }
        if (r.detectMs >= 0)
        {
            line("beacon loss detection (last Beacon -> left)", r.detectMs);
        }
        if (r.scanMs >= 0)
        {
            line("scan that found the new AP", r.scanMs);
        }
        if (r.reassocMs >= 0)
        {
            line("channel switch and (re)association", r.reassocMs);
        }
        line("Layer 2 (left old AP -> associated)", r.l2Ms);
        if (r.mobilityMs >= 0)
        {
            line("mobility exchange", r.mobilityMs);
        }
        if (r.ftMs >= 0)
        {
            line("802.11r FT (Authentication -> Reassociation Response)", r.ftMs);
        }
        line("key exchange (associated -> port authorized)", r.authMs);
        if (r.eapMs >= 0)
        {
            line("  802.1X EAP (associated -> EAP-Success)", r.eapMs);
        }
        if (r.fourWayMs >= 0)
        {
            line("  4-way handshake (" + r.keyMethod + ")", r.fourWayMs);
        }
        line("controller ready (associated -> RUN)", r.readyMs);
        line("DHCP (port authorized -> lease)", r.dhcpMs);
        line("longest downlink interruption", r.downlinkGapMs);
        line("longest uplink interruption", r.uplinkGapMs);
        line("first downlink packet after association", r.firstDownlinkMs);
        line("first uplink packet after association", r.firstUplinkMs);
        os << "  client address " << r.ipBefore << " -> " << r.ipAfter << "\n";
    }
}

} // namespace ns3
