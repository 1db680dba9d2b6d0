/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ROAMING_MANAGER_H
#define WLC_ROAMING_MANAGER_H

#include "wlc-assoc-manager.h"

#include "ns3/event-id.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

class WifiMpdu;
class WifiNetDevice;
class WlcStaWifiMac;

/**
 * \ingroup wlc
 * A Wi-Fi client's roaming policy: when to look for another AP, and when to move to it.
 *
 * The manager follows the signal of the AP the station is associated with (an exponentially
 * weighted average of its Beacons' RSSI). When it falls below RoamThreshold (the trigger
 * re-arms once it climbed RoamHysteresis above it), a roam scan visits every channel of the
 * scanner's list with off-channel dwells, returning to the AP's channel for HomeChannelTime
 * between two dwells, so that the station stays associated. If an AP was heard at least
 * MinRssiGain stronger than the current one, the station sends a Disassociation to its AP and
 * reassociates with the new one without another scan. While the signal stays below the
 * threshold the roam scan is repeated every RoamScanInterval.
 *
 * With Trigger=MissedBeacons the station instead leaves its AP only when MaxMissedBeacons
 * Beacons in a row were missed (ns-3's own behaviour) and then scans all channels; Both (the
 * default) does both.
 *
 * The station's MAC must be an ns3::WlcStaWifiMac; the manager makes its ns3::WlcAssocManager
 * the station's association manager (RoamingHelper sets both up).
 */
class RoamingManager : public Object
{
  public:
    /// What makes the station roam.
    enum Trigger
    {
        RSSI,           //!< the AP's signal below RoamThreshold and a better AP heard
        MISSED_BEACONS, //!< MaxMissedBeacons Beacons missed in a row
        BOTH            //!< either
    };

    /**
     * Signature of the RoamTriggered trace.
     * \param bssid the current AP \param rssiDbm its smoothed signal \param reason "rssi" or
     * "missed-beacons"
     */
    using TriggeredTracedCallback = void (*)(Mac48Address bssid,
                                             double rssiDbm,
                                             const std::string& reason);
    /**
     * Signature of the RoamStarted trace: the station leaves its AP for a chosen one.
     * \param from the current AP \param to the chosen AP \param rssiFrom the current AP's
     * smoothed signal \param rssiTo the chosen AP's signal when it was heard
     */
    using StartedTracedCallback = void (*)(Mac48Address from,
                                           Mac48Address to,
                                           double rssiFrom,
                                           double rssiTo);

    /// The client-side phases of one roam (simulation times).
    struct RoamTiming
    {
        Mac48Address from;  //!< AP left
        Mac48Address to;    //!< AP joined
        std::string reason; //!< "rssi" or "missed-beacons"
        Time trigger;       //!< RSSI trigger; for beacon loss, the last Beacon heard
        Time scanStart;     //!< start of the scan that found the new AP (-1 s if none)
        Time scanEnd;       //!< its end
        Time leave;         //!< the station left its AP (association ended)
        Time associated;    //!< the station associated with the new AP
    };

    /**
     * Signature of the Roamed trace.
     * \param timing the roam's phases
     */
    using RoamedTracedCallback = void (*)(const RoamTiming& timing);

    /// \return the TypeId
    static TypeId GetTypeId();
    RoamingManager();
    ~RoamingManager() override;
    RoamingManager(const RoamingManager&) = delete;
    RoamingManager& operator=(const RoamingManager&) = delete;

    /**
     * Take charge of a station's roaming (before the simulation starts).
     * \param station the station (its MAC must be an ns3::WlcStaWifiMac)
     * \param scanner the scanner, which becomes the station's association manager
     */
    void Setup(Ptr<WifiNetDevice> station, Ptr<WlcAssocManager> scanner);
    /// \return the smoothed signal of the current AP (dBm), if associated and heard
    std::optional<double> GetRssi() const;
    /// \return the station's scanner
    Ptr<WlcAssocManager> GetAssocManager() const;
    /// \return how many roams the manager decided (RSSI trigger) since Setup
    uint32_t GetRoamCount() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * ApHeard trace of the scanner.
     * \param bssid the AP \param channel where \param rssiDbm how strong
     */
    void ApHeard(Mac48Address bssid, uint16_t channel, double rssiDbm);
    /**
     * Assoc trace of the MAC.
     * \param bssid the new AP
     */
    void Associated(Mac48Address bssid);
    /**
     * DeAssoc trace of the MAC.
     * \param bssid the AP left
     */
    void Disassociated(Mac48Address bssid);
    /**
     * AckedMpdu trace of the MAC (the Disassociation frame was acknowledged).
     * \param mpdu the MPDU
     */
    void Acked(Ptr<const WifiMpdu> mpdu);
    /**
     * ScanStarted trace of the scanner.
     * \param full whether it is a scan for a new AP
     */
    void ScanStarted(bool full);
    /**
     * ScanCompleted trace of the scanner.
     * \param duration its duration \param candidates APs heard \param full a full scan
     */
    void ScanCompleted(Time duration, uint32_t candidates, bool full);
    /// Check the RSSI trigger.
    void Evaluate();
    /// Begin a roam scan (off-channel dwells over the channel list).
    void StartRoamScan();
    /// Next off-channel dwell of the roam scan, or its end.
    void NextDwell();
    /// The roam scan is over: roam if an AP is good enough.
    void Decide();
    /**
     * Leave the current AP for another one.
     * \param target the chosen AP
     */
    void Roam(const WlcAssocManager::Candidate& target);
    /// The Disassociation was sent (or waiting for it timed out): leave the BSS.
    void Leave();

    Trigger m_trigger;           //!< Trigger attribute
    double m_roamThreshold;      //!< RoamThreshold attribute (dBm)
    double m_hysteresis;         //!< RoamHysteresis attribute (dB)
    double m_minGain;            //!< MinRssiGain attribute (dB)
    double m_smoothing;          //!< RssiSmoothing attribute (weight of a new sample)
    uint32_t m_maxMissedBeacons; //!< MaxMissedBeacons attribute
    Time m_scanInterval;         //!< RoamScanInterval attribute
    Time m_homeChannelTime;      //!< HomeChannelTime attribute
    Time m_candidateMaxAge;      //!< CandidateMaxAge attribute
    Time m_holdTime;             //!< HoldTime attribute
    bool m_sendDisassociation;   //!< SendDisassociation attribute
    Time m_disassociationWait;   //!< DisassociationWait attribute

    Ptr<WlcStaWifiMac> m_mac;             //!< the station's MAC
    Ptr<WlcAssocManager> m_scanner;       //!< its scanner
    std::optional<Mac48Address> m_bssid;  //!< current AP
    std::optional<double> m_rssi;         //!< its smoothed signal
    Time m_associatedAt;                  //!< when the station associated with it
    Time m_lastHeard;                     //!< last Beacon of the current AP
    bool m_armed{true};                   //!< the RSSI trigger may fire
    bool m_scanning{false};               //!< a roam scan is under way
    bool m_roaming{false};                //!< the station is leaving for a chosen AP
    Time m_nextScanAt;                    //!< earliest next roam scan
    std::vector<uint16_t> m_scanChannels; //!< channels of the roam scan
    std::size_t m_nextChannel{0};         //!< next channel of the roam scan
    Time m_triggerTime;                   //!< last trigger
    Time m_leaveTime;                     //!< when the station left its AP
    std::optional<Mac48Address> m_from;   //!< AP left (for the Roamed trace)
    RoamTiming m_timing;                  //!< phases of the roam under way
    std::optional<Mac48Address> m_target; //!< AP chosen
    bool m_waitingDisassoc{false};        //!< waiting for the Disassociation's ACK
    EventId m_leaveEvent;                 //!< timeout of that wait
    EventId m_homeEvent;                  //!< next dwell of the roam scan
    uint32_t m_roams{0};                  //!< roams decided

    TracedCallback<Mac48Address, double, const std::string&> m_triggeredTrace; //!< trigger
    TracedCallback<Mac48Address, Mac48Address, double, double> m_startedTrace; //!< leaving
    TracedCallback<const RoamTiming&> m_roamedTrace;                           //!< done
};

} // namespace ns3

#endif /* WLC_ROAMING_MANAGER_H */
