/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_WTP_H
#define WLC_CAPWAP_WTP_H

#include "wtp-data-channel.h"
#include "wtp-radio.h"

#include "ns3/application.h"
#include "ns3/capwap-control-message.h"
#include "ns3/capwap-request-queue.h"
#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <array>
#include <map>
#include <set>
#include <string>

namespace ns3
{

class Socket;
class UniformRandomVariable;

/**
 * \ingroup wlc
 * A lightweight access point: the CAPWAP Wireless Termination Point (RFC 5415, with the IEEE
 * 802.11 binding of RFC 5416, Local MAC, frames tunnelled in native 802.11 format).
 *
 * On start the WTP discovers its controller (Discovery Request/Response to the configured
 * controller address), joins it (Join Request/Response), is configured (Configuration Status,
 * Change State Event), checks the data channel (Data Channel Keep-Alive) and reaches Run, where it
 * keeps the session with Echo Request/Response and data channel keep-alives. Its radio is off
 * until the controller configures a WLAN on it (IEEE 802.11 WLAN Configuration Request).
 *
 * The WTP bridges nothing locally: every MSDU from a station goes to the controller in the CAPWAP
 * data channel as an IEEE 802.11 data frame (Frame Control byte-swapped, as Cisco APs send it),
 * and every frame from the controller goes out on the radio. A station's (Re)Association Request
 * is forwarded to the controller as it was received; the station's frames are forwarded only
 * after the controller added it (Station Configuration Request, Add Station).
 *
 * RFC timers and counters are attributes with the RFC defaults. When the controller stops
 * answering (MaxRetransmit retransmissions of a request, or no data channel keep-alive for
 * DataChannelDeadInterval) the WTP switches its radio off and starts discovery again.
 */
class CapwapWtp : public Application
{
  public:
    /// WTP states (RFC 5415 §2.3), without the DTLS states.
    enum class State : uint8_t
    {
        IDLE,       //!< not started, or between two sessions
        DISCOVERY,  //!< looking for a controller
        SULKING,    //!< MaxDiscoveries without an answer: silent for SilentInterval
        JOIN,       //!< Join Request sent
        CONFIGURE,  //!< Configuration Status Request sent
        DATA_CHECK, //!< Change State Event done, checking the data channel
        RUN,        //!< session up
        REBOOTING,  //!< reset: the AP is restarting
    };

    /**
     * Signature of the StateChanged trace.
     * \param oldState the state left
     * \param newState the state entered
     */
    using StateTracedCallback = void (*)(State oldState, State newState);
    /**
     * Signature of the Station trace.
     * \param station the station's MAC
     */
    using StationTracedCallback = void (*)(Mac48Address station);
    /**
     * Signature of the Drop trace.
     * \param packet what was dropped
     * \param reason why
     */
    using DropTracedCallback = void (*)(Ptr<const Packet> packet, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    CapwapWtp();
    ~CapwapWtp() override;
    CapwapWtp(const CapwapWtp&) = delete;
    CapwapWtp& operator=(const CapwapWtp&) = delete;

    /**
     * Give the WTP its radio (one radio per WTP in this model).
     * \param radio the radio, already attached to the AP's Wi-Fi device
     */
    void SetRadio(Ptr<WtpRadio> radio);
    /// \return the radio
    Ptr<WtpRadio> GetRadio() const;
    /**
     * Set the AP's wired identity.
     * \param address the AP's own IPv4 address (source of its CAPWAP traffic)
     * \param mac the AP's Ethernet MAC (reported as base MAC in WTP Board Data)
     */
    void SetWiredIdentity(Ipv4Address address, Mac48Address mac);
    /// \return the AP's name (WTP Name)
    std::string GetName() const;
    /// \return the current state
    State GetState() const;
    /// \return the name of a state \param state the state
    static std::string StateName(State state);
    /// \return the stations the controller added
    const std::set<Mac48Address>& GetStations() const;
    /// \return the number of frames dropped, by reason
    const std::map<std::string, uint64_t>& GetDrops() const;
    /// Power-cycle the AP now: radio off, session dropped, discovery again after RebootTime.
    void Reboot();
    /**
     * Assign fixed random streams.
     * \param stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// Enter a state. \param state the new state
    void SetState(State state);
    /// Begin (or begin again) the discovery of a controller.
    void StartDiscovery();
    /// Send one Discovery Request and wait DiscoveryInterval.
    void SendDiscoveryRequest();
    /// DiscoveryInterval expired.
    void DiscoveryTimeout();
    /// Join the controller that answered.
    void SendJoinRequest();
    /// Send the Configuration Status Request.
    void SendConfigurationStatusRequest();
    /// Send the Change State Event Request.
    void SendChangeStateEventRequest();
    /// Send an Echo Request and schedule the next one.
    void SendEchoRequest();
    /// The controller is gone: drop the session, radio off, discover again.
    void SessionLost(const std::string& reason);
    /// Stop every timer and forget the session.
    void TearDown();

    /// A control message arrived. \param socket the control socket
    void ReceiveControl(Ptr<Socket> socket);
    /// A request from the controller. \param request the request
    void HandleRequest(const CapwapControlMessage& request);
    /// IEEE 802.11 WLAN Configuration Request. \param request it \param response filled
    void HandleWlanConfiguration(const CapwapControlMessage& request,
                                 CapwapControlMessage& response);
    /// Station Configuration Request. \param request it \param response filled
    void HandleStationConfiguration(const CapwapControlMessage& request,
                                    CapwapControlMessage& response);
    /// Send a response to a controller request (and keep it for duplicates).
    void SendResponse(const CapwapControlMessage& response);
    /// Send a request with retransmission. \param request the request \param onResponse its
    /// handler
    void SendRequest(CapwapControlMessage request, CapwapRequestQueue::ResponseFunction onResponse);
    /// \param type a message type \return a new message of that type with our header
    CapwapControlMessage NewMessage(uint32_t type) const;
    /// Add the elements that describe the WTP (Board Data, Descriptor, ...).
    void AddWtpIdentity(CapwapControlMessage& message) const;

    /// Count and trace a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);

    // configuration
    Ipv4Address m_acAddress;       //!< the controller to discover
    std::string m_name;            //!< WTP Name
    std::string m_location;        //!< Location Data
    std::string m_model;           //!< WTP Model Number
    std::string m_serial;          //!< WTP Serial Number
    std::string m_softwareVersion; //!< active software version
    Ipv4Address m_address;         //!< the AP's address
    Mac48Address m_mac;            //!< the AP's Ethernet MAC
    Ptr<WtpRadio> m_radio;         //!< the radio
    bool m_swapFrameControl{true}; //!< Cisco byte order of Frame Control in the data channel

    // RFC 5415 timers and counters
    Time m_discoveryInterval;      //!< DiscoveryInterval
    Time m_maxDiscoveryInterval;   //!< MaxDiscoveryInterval
    uint32_t m_maxDiscoveries{10}; //!< MaxDiscoveries
    Time m_silentInterval;         //!< SilentInterval
    Time m_echoInterval;           //!< EchoInterval
    Time m_retransmitInterval;     //!< RetransmitInterval
    uint32_t m_maxRetransmit{5};   //!< MaxRetransmit
    Time m_keepAliveInterval;      //!< DataChannelKeepAlive
    Time m_deadInterval;           //!< DataChannelDeadInterval
    Time m_waitJoin;               //!< WaitJoin
    Time m_rebootTime;             //!< how long a reboot takes

    // session
    State m_state{State::IDLE};            //!< current state
    Ptr<Socket> m_control;                 //!< control channel socket
    Ipv4Address m_joinedAc;                //!< the controller of the session
    std::string m_acName;                  //!< its AC Name
    std::array<uint8_t, 16> m_sessionId{}; //!< Session ID
    uint32_t m_discoveries{0};             //!< Discovery Requests sent
    uint8_t m_discoverySequence{0};        //!< sequence of Discovery Requests
    bool m_gotDiscoveryResponse{false};    //!< an AC answered this round
    CapwapRequestQueue m_requests;         //!< our requests to the controller
    std::map<uint32_t, std::pair<uint8_t, std::vector<uint8_t>>> m_lastResponse;
    //!< last response per request type, for dups
    EventId m_discoveryTimer;                //!< discovery round / sulking
    EventId m_echoTimer;                     //!< next Echo Request
    EventId m_waitJoinTimer;                 //!< WaitJoin / DataCheckTimer
    EventId m_rebootTimer;                   //!< end of a reboot
    uint8_t m_wlanId{0};                     //!< WLAN configured on the radio (0: none)
    Ptr<WtpDataChannel> m_dataChannel;       //!< keep-alives and station frames
    uint32_t m_rebootCount{0};               //!< WTP Reboot Statistics
    Ptr<UniformRandomVariable> m_random;     //!< jitter, session ids
    std::map<std::string, uint64_t> m_drops; //!< drops by reason

    TracedCallback<State, State> m_stateTrace;                         //!< state changes
    TracedCallback<Mac48Address> m_stationAddedTrace;                  //!< Add Station done
    TracedCallback<Mac48Address> m_stationDeletedTrace;                //!< Delete Station done
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< drops
};

/// Print a WTP state. \param os the stream \param state the state \return the stream
std::ostream& operator<<(std::ostream& os, CapwapWtp::State state);

} // namespace ns3

#endif /* WLC_CAPWAP_WTP_H */
