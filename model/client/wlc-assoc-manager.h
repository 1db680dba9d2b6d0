/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ASSOC_MANAGER_H
#define WLC_ASSOC_MANAGER_H

#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/phy-entity.h"
#include "ns3/traced-callback.h"
#include "ns3/wifi-assoc-manager.h"
#include "ns3/wifi-phy-common.h"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ns3
{

class RandomVariableStream;
class WifiPhy;
class WlcStaWifiMac;

/**
 * \ingroup wlc
 * A station's scanner: the association manager that scans a list of channels, keeps what it
 * heard of each AP and chooses the AP to join.
 *
 * ns-3's default association manager scans only the channel the station is on, for a fixed
 * time. This one visits each channel of its Channels list (switching the station's PHY),
 * probes it after the probe delay (active scan) and leaves it after MinChannelTime when no AP
 * answered, after MaxChannelTime when one did; a passive scan listens PassiveChannelTime per
 * channel. It then switches to the channel of the AP with the strongest signal and joins it,
 * with a Reassociation Request when the station was associated in the same ESS before (with
 * ns3::WlcStaWifiMac).
 *
 * With ns3::WlcStaWifiMac it also does off-channel dwells while the station stays associated
 * (ScanOffChannel()), which the roaming manager uses for background scans, and joins a chosen
 * AP without a scan (SetPreferredAp()).
 */
class WlcAssocManager : public WifiAssocManager
{
  public:
    /// How a channel is scanned.
    enum ScanType
    {
        ACTIVE, //!< send a Probe Request, wait for Probe Responses
        PASSIVE //!< listen for Beacons
    };

    /// What the scanner knows of an AP.
    struct Candidate
    {
        StaWifiMac::ApInfo info; //!< ns-3's record of the Beacon or Probe Response
        double rssiDbm;          //!< received signal strength of that frame
        uint16_t channel;        //!< channel it was heard on
        Time lastSeen;           //!< when
    };

    /// Called when an off-channel dwell is over and the station is back on its channel.
    using DwellDoneCallback = std::function<void()>;
    /**
     * Runs when the station is on the chosen AP's channel, before it asks to (re)associate.
     * \param bssid the AP
     * \param currentAp the AP it reassociates from (none: an association)
     * \param proceed call once, at once or later, to send the (Re)Association Request
     */
    using JoinGate = std::function<void(Mac48Address bssid,
                                        std::optional<Mac48Address> currentAp,
                                        std::function<void()> proceed)>;

    /**
     * Signature of the ApHeard trace.
     * \param bssid the AP \param channel where \param rssiDbm how strong
     */
    using ApHeardTracedCallback = void (*)(Mac48Address bssid, uint16_t channel, double rssiDbm);
    /**
     * Signature of the ScanCompleted trace.
     * \param duration how long the scan took \param candidates APs heard \param full whether
     * it was a scan for a new AP (not an off-channel dwell)
     */
    using ScanCompletedTracedCallback = void (*)(Time duration, uint32_t candidates, bool full);
    /**
     * Signature of the ChannelDwell trace.
     * \param channel the channel \param duration time spent listening there
     */
    using ChannelDwellTracedCallback = void (*)(uint16_t channel, Time duration);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcAssocManager();
    ~WlcAssocManager() override;
    WlcAssocManager(const WlcAssocManager&) = delete;
    WlcAssocManager& operator=(const WlcAssocManager&) = delete;

    void NotifyApInfo(const StaWifiMac::ApInfo&& apInfo) override;
    void NotifyChannelSwitched(uint8_t linkId) override;
    bool Compare(const StaWifiMac::ApInfo& lhs, const StaWifiMac::ApInfo& rhs) const override;

    /**
     * \param channels the channels to scan (empty: only the station's current channel)
     */
    void SetChannels(const std::vector<uint16_t>& channels);
    /// \return the channels scanned
    std::vector<uint16_t> GetChannels() const;
    /// \return the channel the station's PHY is on
    uint16_t GetCurrentChannel() const;
    /**
     * \param maxAge how old a record may be
     * \return the APs heard within maxAge, strongest first
     */
    std::vector<Candidate> GetCandidates(Time maxAge) const;
    /**
     * Join this AP at the next scan request without scanning (the roaming manager calls this
     * just before it makes the station leave its AP).
     * \param bssid the AP (it must have been heard within maxAge)
     * \param maxAge how old its record may be
     */
    void SetPreferredAp(Mac48Address bssid, Time maxAge);
    /**
     * Visit another channel while staying associated, scan it and come back.
     * \param channel the channel
     * \param done called when the station is back on its channel
     * \return false (and nothing happens) if the station is not associated, is scanning, or
     * its MAC is not a WlcStaWifiMac
     */
    bool ScanOffChannel(uint16_t channel, DwellDoneCallback done);
    /// \param gate what happens before each join (nullptr: nothing; WpaSupplicant sets it
    ///        for 802.11r)
    void SetJoinGate(JoinGate gate);
    /**
     * Use fixed random streams.
     * \param stream the first stream
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);
    /// \return whether a scan or an off-channel dwell is under way
    bool IsBusy() const;
    /**
     * Start the scan of an unassociated station again from its first channel (for a station
     * that has just come into range: channels scanned before then heard nothing).
     * \return false if the station is not scanning for an AP to join
     */
    bool RestartScan();
    /// \return the ScanType attribute
    ScanType GetScanType() const;
    /// \return the time an off-channel dwell keeps the station away from its channel (roughly)
    Time GetDwellTime() const;

  protected:
    bool CanBeInserted(const StaWifiMac::ApInfo& apInfo) const override;
    bool CanBeReturned(const StaWifiMac::ApInfo& apInfo) const override;
    void DoDispose() override;

  private:
    /// What the scanner is doing.
    enum State
    {
        IDLE,        //!< nothing
        FULL_SCAN,   //!< scanning the channel list for an AP to join
        OFF_CHANNEL, //!< an off-channel dwell while associated
        JOINING      //!< going to the chosen AP's channel
    };

    void DoStartScanning() override;
    /// Connect to the station's MAC and PHY (once).
    void Attach();
    /// Begin the scan StaWifiMac asked for.
    void BeginScan();
    /// Go to the next channel of a full scan, or end it.
    void ScanNextChannel();
    /// Listen on the channel just reached.
    void Dwell();
    /// Active scan: MinChannelTime is over.
    void MinChannelTimeElapsed();
    /// The dwell on the current channel is over.
    void DwellEnded();
    /// Send a Probe Request on the current channel.
    void SendProbe();
    /// A full scan is over: join the best AP heard.
    void EndScan();
    /// Join the best AP now that the station is on its channel.
    void JoinNow();
    /// Send the (Re)Association Request to the chosen AP.
    void Join();
    /**
     * Switch the station's PHY to a channel, then run a step.
     * \param channel the channel \param then the step
     */
    void SwitchTo(uint16_t channel, std::function<void()> then);
    /**
     * A channel switch ended.
     * \param offChannel whether it was an off-channel switch
     */
    void ChannelSwitched(bool offChannel);
    /**
     * Record an AP heard.
     * \param info ns-3's record of its frame
     */
    void Record(const StaWifiMac::ApInfo& info);
    /**
     * ReceivedBeaconInfo trace of the MAC (every Beacon, also of other APs while associated).
     * \param info the Beacon's record
     */
    void BeaconReceived(StaWifiMac::ApInfo info);
    /**
     * Assoc trace of the MAC.
     * \param bssid the AP the station associated with
     */
    void Associated(Mac48Address bssid);
    /**
     * MonitorSnifferRx of the PHY: the signal strength of Beacons and Probe Responses.
     * \param packet the MPDU \param channelFreqMhz the channel \param txVector its TXVECTOR
     * \param aMpdu A-MPDU information \param signalNoise signal and noise \param staId station
     */
    void PhyRx(Ptr<const Packet> packet,
               uint16_t channelFreqMhz,
               WifiTxVector txVector,
               MpduInfo aMpdu,
               SignalNoiseDbm signalNoise,
               uint16_t staId);

    std::string m_channelList;              //!< Channels attribute
    std::vector<uint16_t> m_channels;       //!< parsed channel list
    ScanType m_scanType;                    //!< ScanType attribute
    Ptr<RandomVariableStream> m_probeDelay; //!< ProbeDelay attribute (microseconds)
    Time m_minChannelTime;                  //!< MinChannelTime attribute
    Time m_maxChannelTime;                  //!< MaxChannelTime attribute
    Time m_passiveChannelTime;              //!< PassiveChannelTime attribute
    bool m_reassociate;                     //!< Reassociate attribute

    Ptr<WlcStaWifiMac> m_wlcMac;                    //!< the MAC, if it is a WlcStaWifiMac
    Ptr<WifiPhy> m_phy;                             //!< the station's PHY
    bool m_attached{false};                         //!< traces connected
    State m_state{IDLE};                            //!< what the scanner does
    std::size_t m_nextChannel{0};                   //!< next channel of a full scan
    uint16_t m_homeChannel{0};                      //!< channel to come back to after a dwell
    uint16_t m_dwellChannel{0};                     //!< channel of the current dwell
    bool m_heard{false};                            //!< an AP answered on the current channel
    Time m_scanStart;                               //!< start of the current scan
    Time m_dwellStart;                              //!< start of the current dwell
    Time m_freshSince;                              //!< oldest record a join may use
    std::function<void()> m_afterSwitch;            //!< step after the pending channel switch
    DwellDoneCallback m_dwellDone;                  //!< end of an off-channel dwell
    JoinGate m_joinGate;                            //!< step before each join
    EventId m_probeEvent;                           //!< pending Probe Request
    EventId m_dwellEvent;                           //!< end of the dwell (or of MinChannelTime)
    std::optional<Mac48Address> m_joinTarget;       //!< the AP chosen to join
    std::optional<Mac48Address> m_preferred;        //!< AP to join without a scan
    Time m_preferredMaxAge;                         //!< how old its record may be
    std::optional<Mac48Address> m_lastBssid;        //!< last AP the station was associated with
    std::map<Mac48Address, Candidate> m_candidates; //!< what was heard, by BSSID
    std::map<Mac48Address, std::pair<double, Time>> m_lastRssi; //!< last signal, by BSSID

    TracedCallback<Mac48Address, uint16_t, double> m_apHeardTrace; //!< ApHeard
    TracedCallback<bool> m_scanStartedTrace;                       //!< ScanStarted
    TracedCallback<Time, uint32_t, bool> m_scanCompletedTrace;     //!< ScanCompleted
    TracedCallback<uint16_t, Time> m_channelDwellTrace;            //!< ChannelDwell
};

} // namespace ns3

#endif /* WLC_ASSOC_MANAGER_H */
