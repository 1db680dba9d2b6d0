/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ROAM_MONITOR_H
#define WLC_ROAM_MONITOR_H

#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/roaming-manager.h"
#include "ns3/wireless-lan-controller.h"

#include <map>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

namespace ns3
{

class WifiNetDevice;
class WpaSupplicant;

/**
 * \ingroup wlc
 * One roam of one client, with the latency of each phase (milliseconds; negative when a phase
 * did not happen).
 */
struct RoamRecord
{
    Time time;                //!< when the client left the old AP (DeAssoc)
    Mac48Address client;      //!< the client
    std::string fromAp;       //!< AP left
    std::string toAp;         //!< AP joined
    std::string fromWlc;      //!< controller of the AP left
    std::string toWlc;        //!< controller of the AP joined
    std::string type;         //!< "intra", "l2" or "l3"
    double l2Ms{-1};          //!< DeAssoc at the old AP to association at the new one
    double mobilityMs{-1};    //!< first mobility message to handoff completion
    double authMs{-1};        //!< association to the client's port authorized (keys installed)
    double readyMs{-1};       //!< association to RUN at the new controller
    double dhcpMs{-1};        //!< port authorized to the client's DHCP lease
    double downlinkGapMs{-1}; //!< longest interruption of server-to-client traffic
    double uplinkGapMs{-1};   //!< longest interruption of client-to-server traffic
    Ipv4Address ipBefore{Ipv4Address::GetAny()}; //!< the client's address before the roam
    Ipv4Address ipAfter{Ipv4Address::GetAny()};  //!< its address after the roam
    // client-side phases (clients with a RoamingManager)
    std::string trigger{"none"}; //!< "rssi", "missed-beacons", or "none" (no roaming manager)
    double detectMs{-1};         //!< beacon loss: last Beacon heard to the loss detected
    double scanMs{-1};           //!< the scan that found the new AP (roam scan or full scan)
    double reassocMs{-1};        //!< end of the scan (or leaving) to the new association
    double firstDownlinkMs{-1};  //!< association to the first server-to-client packet
    double firstUplinkMs{-1};    //!< association to the first client-to-server packet
    // key exchange phases (authMs is their sum, plus the waits between them)
    /// "open", "psk", "8021x" (full EAP), "pmk-cache" (the controller found the offered PMKID),
    /// "ft" (802.11r: the keys came with the Reassociation Response) or "incomplete" (802.1X
    /// without EAP-Success); "none" before GetRoams() fills it
    std::string keyMethod{"none"};
    double eapMs{-1};     //!< 802.1X: association to EAP-Success at the client
    double fourWayMs{-1}; //!< 4-way handshake: EAP-Success (or association) to keys
    /// 802.11r: FT Authentication Request to keys installed (before the association, so it is
    /// part of reassocMs and l2Ms, not of authMs)
    double ftMs{-1};
};

/**
 * \ingroup wlc
 * Measures roams: it watches the clients' stations (association, port, DHCP lease), the
 * controllers (association seen, PEM state) and the arrival times of the data traffic each way,
 * and turns them into one RoamRecord per roam. The monitor only observes traces; it takes no part
 * in any protocol.
 */
class RoamMonitor : public Object
{
  public:
    /// \return the TypeId
    static TypeId GetTypeId();
    RoamMonitor();
    ~RoamMonitor() override;
    RoamMonitor(const RoamMonitor&) = delete;
    RoamMonitor& operator=(const RoamMonitor&) = delete;

    /**
     * Watch a client.
     * \param station its Wi-Fi device
     * \param supplicant its supplicant (port, DHCP)
     */
    void AddClient(Ptr<WifiNetDevice> station, Ptr<WpaSupplicant> supplicant);
    /// \param controller a controller whose APs and clients to watch
    void AddController(Ptr<WirelessLanController> controller);
    /**
     * Record that a data packet reached a client (server-to-client traffic).
     * \param client the client
     */
    void NotifyDownlinkRx(Mac48Address client);
    /**
     * Record that a data packet of a client reached the server.
     * \param client the client
     */
    void NotifyUplinkRx(Mac48Address client);
    /// Compute the records (call after Simulator::Run). \return them, in time order
    std::vector<RoamRecord> GetRoams() const;
    /**
     * Write the records as CSV.
     * \param os the stream
     */
    void WriteCsv(std::ostream& os) const;
    /// \return the column names of roams.csv, comma-separated
    static std::string CsvHeader();
    /**
     * \param roam a roam
     * \return its roams.csv row (no newline)
     */
    static std::string CsvRow(const RoamRecord& roam);
    /**
     * Print a human-readable summary.
     * \param os the stream
     */
    void PrintSummary(std::ostream& os) const;

  protected:
    void DoDispose() override;

  private:
    /// Time-stamped events of one client.
    struct ClientLog
    {
        std::vector<std::pair<Time, Mac48Address>> assoc;   //!< associations (BSSID)
        std::vector<std::pair<Time, Mac48Address>> deassoc; //!< association losses
        std::vector<Time> authorized;                       //!< port authorized
        std::vector<Time> eapDone;                          //!< EAP-Success at the client
        std::vector<Time> keysDone;                         //!< 4-way handshake completed
        std::vector<std::pair<Time, Time>> ftDone;          //!< FT roams: when, how long
        std::vector<Time> cacheHits;                        //!< PMK cache hits (controllers)
        Ptr<WpaSupplicant> supplicant;                      //!< its supplicant
        std::vector<std::pair<Time, Ipv4Address>> leases;   //!< DHCP leases
        std::vector<std::pair<Time, std::string>> seen;     //!< controller saw association
        std::vector<std::pair<Time, std::string>> run;      //!< controller reached RUN
        /// mobility exchanges ended: time, controller, duration, layer 3
        std::vector<std::tuple<Time, std::string, Time, bool>> handoffs;
        std::vector<RoamingManager::RoamTiming> timings; //!< roams seen by the roaming manager
        std::vector<Time> downlink;                      //!< downlink arrivals
        std::vector<Time> uplink;                        //!< uplink arrivals
    };

    /// \param bssid a BSSID \param ap filled with the AP's name \param wlc with its controller
    /// \return true if found
    bool FindAp(Mac48Address bssid, std::string& ap, std::string& wlc) const;
    /// \param arrivals sorted times \param from window start \param to window end
    /// \return the longest gap overlapping the window, in ms (-1 without arrivals)
    static double LongestGap(const std::vector<Time>& arrivals, Time from, Time to);

    std::map<Mac48Address, ClientLog> m_logs;                             //!< by client
    std::vector<Ptr<WirelessLanController>> m_controllers;                //!< watched controllers
    std::map<Mac48Address, std::pair<std::string, std::string>> m_bssids; //!< BSSID -> AP, WLC
};

} // namespace ns3

#endif /* WLC_ROAM_MONITOR_H */
